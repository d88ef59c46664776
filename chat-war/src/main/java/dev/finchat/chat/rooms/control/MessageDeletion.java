package dev.finchat.chat.rooms.control;

import dev.finchat.chat.rooms.entity.ChatMessage;
import dev.finchat.chat.rooms.entity.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * A person deletes a message of their own: it stays in its room as deleted (its number, author and
 * time, no text), every open page of the room on every chat node shows it deleted once the change
 * has committed, and each node forgets the copy its cache holds.
 */
@ApplicationScoped
public class MessageDeletion {

  /** Why a message was not deleted. */
  public enum Refusal {
    NO_SUCH_MESSAGE,
    NOT_YOURS,
    ROOM_ARCHIVED
  }

  /** A message was deleted by its author, to be told once its transaction has committed. */
  public record Deleted(String room, long sequence, long id) {}

  @PersistenceContext(unitName = "finchat")
  EntityManager em;

  @Inject Rooms rooms;
  @Inject RoomTraffic traffic;
  @Inject ChatSessions sessions;
  @Inject Event<Deleted> deletions;

  Clock clock = Clock.systemUTC();

  /**
   * Deletes {@code person}'s message number {@code sequence} in {@code room}; empty when it is
   * deleted (a message deleted already stays so), otherwise why it is not.
   */
  @Transactional
  public Optional<Refusal> deleteOwn(String person, String room, long sequence) {
    Optional<Room> locked = rooms.lock(room);
    if (locked.isEmpty()) {
      return Optional.of(Refusal.NO_SUCH_MESSAGE);
    }
    var found =
        em.createNamedQuery(ChatMessage.ROOM_SEQUENCE, ChatMessage.class)
            .setParameter("room", room)
            .setParameter("seq", sequence)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.of(Refusal.NO_SUCH_MESSAGE);
    }
    ChatMessage message = found.get(0);
    var refusal = refusal(person, message, locked.get().archived());
    if (refusal.isPresent() || message.deleted()) {
      return refusal;
    }
    message.delete(clock.instant());
    deletions.fire(new Deleted(room, sequence, message.id()));
    return Optional.empty();
  }

  /** Only its author deletes a message, and only while its room takes posts. */
  static Optional<Refusal> refusal(String person, ChatMessage message, boolean archived) {
    if (!message.author().equalsIgnoreCase(person)) {
      return Optional.of(Refusal.NOT_YOURS);
    }
    if (archived) {
      return Optional.of(Refusal.ROOM_ARCHIVED);
    }
    return Optional.empty();
  }

  void told(@Observes(during = TransactionPhase.AFTER_SUCCESS) Deleted deleted) {
    String frame = Frames.deletedByAuthor(deleted.room(), deleted.sequence(), deleted.id());
    sessions.broadcast(deleted.room(), frame);
    traffic.publishDeletion(deleted.room(), frame);
  }

  /**
   * Another chat node deleted a message: this node's cache forgets its copy, so that history read
   * here shows it deleted, and the room's pages here are told.
   */
  public void heard(String room, String frame) {
    em.getEntityManagerFactory().getCache().evict(ChatMessage.class, Frames.deletedId(frame));
    sessions.broadcast(room, frame);
  }
}
