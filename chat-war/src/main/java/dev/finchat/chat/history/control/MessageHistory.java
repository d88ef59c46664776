package dev.finchat.chat.history.control;

import dev.finchat.chat.infrastructure.Database;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  /** A message about to be stored: who wrote what. */
  public record Draft(String author, String text) {}

  /**
   * Stores the messages in one transaction, in order, each with the room's next sequence number;
   * delivery follows the commit.
   *
   * @throws RoomArchived if the room is archived
   */
  @Transactional
  public List<ChatMessage> post(String room, List<Draft> drafts) {
    return store(room, drafts);
  }

  /**
   * Stores one message on its own.
   *
   * @throws RoomArchived if the room is archived
   */
  @Transactional
  public ChatMessage post(String room, String author, String text) {
    return store(room, List.of(new Draft(author, text))).get(0);
  }

  private List<ChatMessage> store(String room, List<Draft> drafts) {
    Room locked = em.find(Room.class, room, LockModeType.PESSIMISTIC_WRITE);
    if (locked == null) {
      throw new IllegalArgumentException("no room " + room);
    }
    if (locked.archived()) {
      throw new RoomArchived(room);
    }
    List<ChatMessage> stored = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      var message =
          new ChatMessage(
              room, locked.nextSequence(), draft.author(), draft.text(), clock.instant());
      em.persist(message);
      posted.fire(new MessagePosted(message));
      stored.add(message);
    }
    return stored;
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
        .setHint(Database.READ_ONLY, true)
        .getResultList();
  }

  /** The room's messages after sequence number {@code after}, oldest first: what a page missed. */
  public List<ChatMessage> inRoomAfter(String room, long after) {
    return em.createNamedQuery(ChatMessage.ROOM_AFTER, ChatMessage.class)
        .setParameter("room", room)
        .setParameter("after", after)
        .setMaxResults(HistoryLimit.PAGE_CAP)
        .setHint(Database.READ_ONLY, true)
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
        .setHint(Database.READ_ONLY, true)
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

  /** Deletes the room's message number {@code sequence}; empty if there is none (any more). */
  @Transactional
  public Optional<ChatMessage> delete(String room, long sequence) {
    var found =
        em.createNamedQuery(ChatMessage.ROOM_SEQUENCE, ChatMessage.class)
            .setParameter("room", room)
            .setParameter("seq", sequence)
            .getResultList();
    found.forEach(em::remove);
    return found.stream().findFirst();
  }

  /** How many messages each room holds, by name; a room without any is missing. */
  public Map<String, Long> countsByRoom() {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery("SELECT m.room, COUNT(m) FROM ChatMessage m GROUP BY m.room", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }
}
