package dev.finchat.chat.admin.control;

import dev.finchat.chat.admin.entity.AdminAction;
import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.history.control.RoomArchived;
import dev.finchat.chat.rooms.control.Frames;
import dev.finchat.chat.rooms.control.RoomBroadcaster;
import dev.finchat.chat.rooms.control.RoomPresence;
import dev.finchat.chat.rooms.control.Rooms;
import dev.finchat.chat.rooms.entity.ChatMessage;
import dev.finchat.chat.rooms.entity.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * What an administrator does to messages and rooms: finds messages, deletes one, archives or
 * reopens a room. Each change and its {@link AuditLog} entry are stored in one transaction; the
 * room's open pages, on every chat node, hear of it once that transaction has committed.
 */
@ApplicationScoped
public class Moderation {

  /** Messages per page of the moderation search. */
  public static final int PAGE_SIZE = 50;

  static final int EXCERPT = 120;

  @PersistenceContext(unitName = "finchat")
  EntityManager em;

  @Inject MessageHistory history;
  @Inject Rooms rooms;
  @Inject AuditLog audit;
  @Inject RoomBroadcaster broadcaster;
  @Inject RoomPresence presence;
  @Inject AfterCommit afterCommit;

  Clock clock = Clock.systemUTC();

  /** A room as the rooms page shows it; {@code online} is who has it open, on any chat node. */
  public record RoomSummary(String name, boolean archived, long messages, List<String> online) {}

  /** One page of the messages matching a search, newest first. */
  public List<ChatMessage> messages(MessageSearch search, Paging paging) {
    var query = em.createQuery(search.jpql(false), ChatMessage.class);
    search.parameters().forEach(query::setParameter);
    return query.setFirstResult(paging.first()).setMaxResults(paging.size()).getResultList();
  }

  public long countMessages(MessageSearch search) {
    var query = em.createQuery(search.jpql(true), Long.class);
    search.parameters().forEach(query::setParameter);
    return query.getSingleResult();
  }

  /**
   * Deletes the room's message number {@code sequence}: history and the JSON API no longer have it,
   * and the room's open pages remove it.
   *
   * @return the deleted message
   */
  @Transactional
  public ChatMessage deleteMessage(String actor, String room, long sequence) {
    ChatMessage deleted =
        history
            .delete(room, sequence)
            .orElseThrow(
                () ->
                    new AdminRefused(
                        "Message #" + sequence + " in #" + room + " is gone: deleted already?"));
    audit.record(
        actor,
        AdminAction.DELETE_MESSAGE,
        deleted.author(),
        "#" + sequence + " in #" + room + ": “" + excerpt(deleted.text()) + "”");
    afterCommit.run(() -> broadcaster.toEveryNode(room, Frames.deleted(room, sequence)));
    return deleted;
  }

  static String excerpt(String text) {
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
  }

  /** Every room with its message count and who is online in it, on any chat node. */
  public List<RoomSummary> rooms() {
    var counts = history.countsByRoom();
    return rooms.all().stream()
        .map(
            room ->
                new RoomSummary(
                    room.name(),
                    room.archived(),
                    counts.getOrDefault(room.name(), 0L),
                    presence.online(room.name())))
        .toList();
  }

  /** Makes the room read-only: nobody can post to it any more, its history stays. */
  @Transactional
  public void archive(String actor, String name) {
    Room room = allowed(AdminAction.ARCHIVE_ROOM, name);
    room.archive(clock.instant());
    audit.record(actor, AdminAction.ARCHIVE_ROOM, room.name());
    afterCommit.run(
        () ->
            broadcaster.toEveryNode(
                room.name(),
                Frames.archived(room.name(), true, RoomArchived.message(room.name()))));
  }

  /** Lets people post to an archived room again. */
  @Transactional
  public void reopen(String actor, String name) {
    Room room = allowed(AdminAction.REOPEN_ROOM, name);
    room.reopen();
    audit.record(actor, AdminAction.REOPEN_ROOM, room.name());
    afterCommit.run(
        () ->
            broadcaster.toEveryNode(
                room.name(),
                Frames.archived(
                    room.name(), false, "#" + room.name() + " is open again: you can post.")));
  }

  private Room allowed(AdminAction action, String name) {
    Room room =
        rooms.lock(name).orElseThrow(() -> new AdminRefused("There is no room #" + name + "."));
    RoomRules.refusal(action, room.name(), room.archived())
        .ifPresent(
            problem -> {
              throw new AdminRefused(problem);
            });
    return room;
  }
}
