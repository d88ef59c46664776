package dev.finchat.chat.rooms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A chat room. It hands out the per-room sequence numbers of its messages: the room row is locked
 * while one is taken, so numbers are unique and without gaps however many nodes write. An archived
 * room takes no more messages.
 */
@Entity
@Table(name = "ROOMS")
public class Room {

  public static final String LOBBY = "lobby";

  @Id
  @Column(length = 30)
  private String name;

  @Column(name = "LAST_SEQ", nullable = false)
  private long lastSequence;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  /** Null while people may post; once set, the room is read-only and its history stays. */
  @Column(name = "ARCHIVED_AT")
  private Instant archivedAt;

  @Version private long version;

  protected Room() {}

  public Room(String name, Instant now) {
    this.name = name;
    this.createdAt = now;
  }

  /** The number of the room's next message. */
  public long nextSequence() {
    return ++lastSequence;
  }

  public String name() {
    return name;
  }

  public long lastSequence() {
    return lastSequence;
  }

  public boolean archived() {
    return archivedAt != null;
  }

  public void archive(Instant now) {
    archivedAt = now;
  }

  public void reopen() {
    archivedAt = null;
  }
}
