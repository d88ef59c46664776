package dev.finchat.chat.rooms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * How far a person has read a room: the sequence number of the newest message their page showed
 * them there. A room's messages after it, other than their own, are unread.
 */
@Entity
@Table(name = "READ_MARKS")
@IdClass(ReadMark.Key.class)
@NamedQuery(
    name = ReadMark.OF_PERSON,
    query = "SELECT r.room, r.readTo FROM ReadMark r WHERE r.usernameKey = :key")
@NamedQuery(
    name = ReadMark.COUNT,
    query = "SELECT COUNT(r) FROM ReadMark r WHERE r.usernameKey = :key AND r.room = :room")
@NamedQuery(
    name = ReadMark.MOVE_ON,
    query =
        "UPDATE ReadMark r SET r.readTo = :seq"
            + " WHERE r.usernameKey = :key AND r.room = :room AND r.readTo < :seq")
public class ReadMark {

  public static final String OF_PERSON = "ReadMark.ofPerson";
  public static final String COUNT = "ReadMark.count";
  public static final String MOVE_ON = "ReadMark.moveOn";

  @Id
  @Column(name = "USERNAME_KEY", length = 30)
  private String usernameKey;

  @Id
  @Column(name = "ROOM", length = 30)
  private String room;

  @Column(name = "READ_TO", nullable = false)
  private long readTo;

  protected ReadMark() {}

  public ReadMark(String usernameKey, String room, long readTo) {
    this.usernameKey = usernameKey;
    this.room = room;
    this.readTo = readTo;
  }

  /** A mark's identity: whose, and which room. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String usernameKey;
    private String room;

    public Key() {}

    public Key(String usernameKey, String room) {
      this.usernameKey = usernameKey;
      this.room = room;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(usernameKey, key.usernameKey)
          && Objects.equals(room, key.room);
    }

    @Override
    public int hashCode() {
      return Objects.hash(usernameKey, room);
    }
  }
}
