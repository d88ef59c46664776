package dev.finchat.chat.rooms.control;

import dev.finchat.chat.rooms.entity.ChatMessage;
import dev.finchat.chat.rooms.entity.ReadMark;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How much of each room a person has not read: the room list shows it beside each room. A person's
 * page says how far it has shown a room ({@link #readTo}); what others posted after that, and did
 * not delete, is unread, counted up to {@link #MOST} (a room never opened counts from its start).
 * Marks only move forward, so two pages of one person, or two nodes, never take one back. Read as
 * columns, never from a node's cache, since another node moves them.
 */
@ApplicationScoped
public class ReadMarks {

  /** Unread messages are counted up to this many; a page shows more as "99+". */
  public static final int MOST = 100;

  @PersistenceContext(unitName = "finchat")
  EntityManager em;

  /**
   * {@code person} has seen {@code room} up to message {@code sequence}; false when the room does
   * not exist. A number beyond the room's newest marks the newest.
   */
  @Transactional
  public boolean readTo(String person, String room, long sequence) {
    List<Long> newest =
        em.createQuery("SELECT r.lastSequence FROM Room r WHERE r.name = :room", Long.class)
            .setParameter("room", room)
            .getResultList();
    if (newest.isEmpty()) {
      return false;
    }
    var mark = markWithin(sequence, newest.get(0));
    if (mark.isEmpty()) {
      return true;
    }
    String key = key(person);
    int moved =
        em.createNamedQuery(ReadMark.MOVE_ON)
            .setParameter("seq", mark.getAsLong())
            .setParameter("key", key)
            .setParameter("room", room)
            .executeUpdate();
    if (moved == 0
        && em.createNamedQuery(ReadMark.COUNT, Long.class)
                .setParameter("key", key)
                .setParameter("room", room)
                .getSingleResult()
            == 0) {
      em.persist(new ReadMark(key, room, mark.getAsLong()));
    }
    return true;
  }

  /**
   * For each of {@code rooms}, how many messages {@code person} has not read, at most {@link
   * #MOST}.
   */
  public Map<String, Integer> unread(String person, List<String> rooms) {
    String key = key(person);
    Map<String, Long> marks = new HashMap<>();
    em.createNamedQuery(ReadMark.OF_PERSON, Object[].class)
        .setParameter("key", key)
        .getResultList()
        .forEach(row -> marks.put((String) row[0], ((Number) row[1]).longValue()));
    Map<String, Integer> unread = new LinkedHashMap<>();
    for (String room : rooms) {
      unread.put(
          room,
          em.createNamedQuery(ChatMessage.UNREAD, Long.class)
              .setParameter("room", room)
              .setParameter("after", marks.getOrDefault(room, 0L))
              .setParameter("reader", key)
              .setMaxResults(MOST)
              .getResultList()
              .size());
    }
    return unread;
  }

  /**
   * The mark a page's claim to have read up to {@code sequence} sets in a room whose newest message
   * is {@code newest}: never past the newest; none for a number below 1, which names no message.
   */
  static OptionalLong markWithin(long sequence, long newest) {
    if (sequence < 1 || newest < 1) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.min(sequence, newest));
  }

  private static String key(String person) {
    return person.toLowerCase(Locale.ROOT);
  }
}
