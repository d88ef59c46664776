package dev.finchat.chat.rooms.control;

import dev.finchat.chat.rooms.entity.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The stored rooms: which exist, creating one, and locking one while it changes. */
@ApplicationScoped
public class Rooms {

  @PersistenceContext(unitName = "finchat")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** Creates the room if it does not exist yet. */
  @Transactional
  public void ensure(String name) {
    if (em.find(Room.class, name) == null) {
      em.persist(new Room(name, clock.instant()));
    }
  }

  /** The room, locked until the transaction ends: archiving waits for a post, and vice versa. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Room> lock(String name) {
    return Optional.ofNullable(em.find(Room.class, name, LockModeType.PESSIMISTIC_WRITE));
  }

  public boolean exists(String name) {
    return em.find(Room.class, name) != null;
  }

  public boolean isArchived(String room) {
    Room found = em.find(Room.class, room);
    return found != null && found.archived();
  }

  /** Every room, by name. */
  public List<Room> all() {
    return em.createQuery("SELECT r FROM Room r ORDER BY r.name", Room.class).getResultList();
  }

  /** Every room's name, sorted. */
  public List<String> names() {
    return em.createQuery("SELECT r.name FROM Room r ORDER BY r.name", String.class)
        .getResultList();
  }
}
