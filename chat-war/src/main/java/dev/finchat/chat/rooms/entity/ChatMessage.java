package dev.finchat.chat.rooms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A message someone posted in a room, numbered in its room. Commands and bot answers are never
 * messages: they are not stored.
 */
@Entity
@Table(
    name = "MESSAGES",
    uniqueConstraints = @UniqueConstraint(columnNames = {"ROOM", "SEQ"}),
    // History reads a room or an author newest first: both orders have their index.
    // Derby cannot read an index backwards: the newest-first reads need descending indexes.
    indexes = {
      @Index(name = "MESSAGES_ROOM_NEWEST", columnList = "ROOM, SEQ DESC"),
      @Index(name = "MESSAGES_AUTHOR_NEWEST", columnList = "AUTHOR_KEY, ID DESC")
    })
@NamedQuery(
    name = ChatMessage.ROOM_BEFORE,
    query =
        "SELECT m FROM ChatMessage m WHERE m.room = :room AND m.sequence < :before"
            + " ORDER BY m.sequence DESC")
@NamedQuery(
    name = ChatMessage.ROOM_AFTER,
    query =
        "SELECT m FROM ChatMessage m WHERE m.room = :room AND m.sequence > :after"
            + " ORDER BY m.sequence ASC")
@NamedQuery(
    name = ChatMessage.AUTHOR_BEFORE,
    query =
        "SELECT m FROM ChatMessage m WHERE m.authorKey = :author AND m.id < :before"
            + " ORDER BY m.id DESC")
@NamedQuery(
    name = ChatMessage.ROOM_SEQUENCE,
    query = "SELECT m FROM ChatMessage m WHERE m.room = :room AND m.sequence = :seq")
@NamedQuery(
    name = ChatMessage.AUTHOR_COUNT,
    query =
        "SELECT COUNT(m) FROM ChatMessage m WHERE m.authorKey = :author AND m.deletedAt IS NULL")
@NamedQuery(
    name = ChatMessage.UNREAD,
    query =
        "SELECT m.sequence FROM ChatMessage m WHERE m.room = :room AND m.sequence > :after"
            + " AND m.authorKey <> :reader AND m.deletedAt IS NULL ORDER BY m.sequence DESC")
public class ChatMessage {

  public static final String UNREAD = "ChatMessage.unread";

  public static final String ROOM_BEFORE = "ChatMessage.roomBefore";
  public static final String ROOM_AFTER = "ChatMessage.roomAfter";
  public static final String AUTHOR_BEFORE = "ChatMessage.authorBefore";
  public static final String AUTHOR_COUNT = "ChatMessage.authorCount";
  public static final String ROOM_SEQUENCE = "ChatMessage.roomSequence";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ROOM", nullable = false, length = 30)
  private String room;

  @Column(name = "SEQ", nullable = false)
  private long sequence;

  @Column(nullable = false, length = 30)
  private String author;

  @Column(name = "AUTHOR_KEY", nullable = false, length = 30)
  private String authorKey;

  @Column(nullable = false, length = 2000)
  private String text;

  @Column(name = "POSTED_AT", nullable = false)
  private Instant postedAt;

  /** When its author deleted it; null while it stands. */
  @Column(name = "DELETED_AT")
  private Instant deletedAt;

  protected ChatMessage() {}

  public ChatMessage(String room, long sequence, String author, String text, Instant postedAt) {
    this.room = room;
    this.sequence = sequence;
    this.author = author;
    this.authorKey = author.toLowerCase(java.util.Locale.ROOT);
    this.text = text;
    this.postedAt = postedAt;
  }

  public Long id() {
    return id;
  }

  public String room() {
    return room;
  }

  public long sequence() {
    return sequence;
  }

  public String author() {
    return author;
  }

  public String text() {
    return text;
  }

  public Instant postedAt() {
    return postedAt;
  }

  public boolean deleted() {
    return deletedAt != null;
  }

  /**
   * Its author takes it back: it keeps its place in the room, its number, author and time, and
   * loses its text.
   */
  public void delete(Instant now) {
    if (deletedAt == null) {
      deletedAt = now;
      text = "";
    }
  }
}
