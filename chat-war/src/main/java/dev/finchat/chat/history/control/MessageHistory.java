package dev.finchat.chat.history.control;

import dev.finchat.chat.rooms.entity.ChatMessage;
import dev.finchat.chat.rooms.entity.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The rooms' stored messages: posting one (stored first, delivered after commit) and reading them
 * back newest first, by room or by author, a page at a time.
 */
@ApplicationScoped
public class MessageHistory {

  @PersistenceContext(unitName = "finchat")
  EntityManager em;

  @Inject Event<MessagePosted> posted;

  Clock clock = Clock.systemUTC();

  /** Stores a message with the room's next sequence number; delivery follows the commit. */
  @Transactional
  public ChatMessage post(String room, String author, String text) {
    Room locked = em.find(Room.class, room, LockModeType.PESSIMISTIC_WRITE);
    if (locked == null) {
      throw new IllegalArgumentException("no room " + room);
    }
    var message = new ChatMessage(room, locked.nextSequence(), author, text, clock.instant());
    em.persist(message);
    posted.fire(new MessagePosted(message));
    return message;
  }

  /** The room's messages before sequence number {@code before} (null: the latest), newest first. */
  public List<ChatMessage> inRoom(String room, HistoryLimit limit, Long before) {
    if (limit.pageSize() == 0) {
      return List.of();
    }
    return em.createNamedQuery(ChatMessage.ROOM_BEFORE, ChatMessage.class)
        .setParameter("room", room)
        .setParameter("before", before == null ? Long.MAX_VALUE : before)
        .setMaxResults(limit.pageSize())
        .getResultList();
  }

  /** The room's messages after sequence number {@code after}, oldest first: what a page missed. */
  public List<ChatMessage> inRoomAfter(String room, long after) {
    return em.createNamedQuery(ChatMessage.ROOM_AFTER, ChatMessage.class)
        .setParameter("room", room)
        .setParameter("after", after)
        .setMaxResults(HistoryLimit.PAGE_CAP)
        .getResultList();
  }

  /** An author's messages before message id {@code before} (null: the latest), newest first. */
  public List<ChatMessage> byAuthor(String username, HistoryLimit limit, Long before) {
    if (limit.pageSize() == 0) {
      return List.of();
    }
    return em.createNamedQuery(ChatMessage.AUTHOR_BEFORE, ChatMessage.class)
        .setParameter("author", username.toLowerCase(Locale.ROOT))
        .setParameter("before", before == null ? Long.MAX_VALUE : before)
        .setMaxResults(limit.pageSize())
        .getResultList();
  }

  public long countByAuthor(String username) {
    return em.createNamedQuery(ChatMessage.AUTHOR_COUNT, Long.class)
        .setParameter("author", username.toLowerCase(Locale.ROOT))
        .getSingleResult();
  }

  /** The number of the room's latest message (0 for none or no room). */
  public long lastSequence(String room) {
    var found = em.find(Room.class, room);
    return found == null ? 0 : found.lastSequence();
  }

  public boolean roomExists(String name) {
    return em.find(Room.class, name) != null;
  }

  /** Every room's name, sorted. */
  public List<String> roomNames() {
    return em.createQuery("SELECT r.name FROM Room r ORDER BY r.name", String.class)
        .getResultList();
  }

  /** Creates the room if it does not exist yet. */
  @Transactional
  public void ensureRoom(String name) {
    if (em.find(Room.class, name) == null) {
      em.persist(new Room(name, clock.instant()));
    }
  }
}
