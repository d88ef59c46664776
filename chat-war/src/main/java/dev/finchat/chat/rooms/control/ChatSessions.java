package dev.finchat.chat.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open chat pages of this node, by WebSocket session id and by room. Frames go out through each
 * page's {@link Outbox}: a broadcast hands them over and returns, so one slow reader delays nobody
 * but itself.
 */
@ApplicationScoped
public class ChatSessions {

  private static final Logger LOG = Logger.getLogger(ChatSessions.class.getName());

  private static final String ROOM = "finchat.room";

  /**
   * Frames a page may have waiting before it counts as gone: at a busy room's 10 messages a second,
   * about a minute behind. It is closed then, and catches up from the history when it reconnects.
   */
  static final int MOST_WAITING_FRAMES = 500;

  private record Page(Session session, String room, Outbox outbox) {}

  private final Map<String, Page> open = new ConcurrentHashMap<>();
  private final Map<String, Set<Page>> rooms = new ConcurrentHashMap<>();

  public void opened(Session session, String room) {
    session.getUserProperties().put(ROOM, room);
    var page =
        new Page(
            session,
            room,
            new Outbox(writerFor(session), MOST_WAITING_FRAMES, () -> fellBehind(session)));
    open.put(session.getId(), page);
    // Added and removed inside the map's compute, so a room's last page leaving never drops a new
    // one.
    rooms.compute(
        room,
        (name, pages) -> {
          Set<Page> in = pages == null ? ConcurrentHashMap.newKeySet() : pages;
          in.add(page);
          return in;
        });
  }

  /** Forgets a closed page; true if it was open here. */
  public boolean closed(Session session) {
    var page = open.remove(session.getId());
    if (page == null) {
      return false;
    }
    page.outbox().shut();
    rooms.computeIfPresent(
        page.room(), (room, pages) -> pages.remove(page) && pages.isEmpty() ? null : pages);
    return true;
  }

  public static String roomOf(Session session) {
    return (String) session.getUserProperties().get(ROOM);
  }

  private Set<Page> in(String room) {
    return room == null ? Set.of() : rooms.getOrDefault(room, Set.of());
  }

  /** Who has the room open on this node, by username, sorted ({@link RoomPresence}: anywhere). */
  public List<String> online(String room) {
    return in(room).stream()
        .map(page -> page.session().getUserPrincipal())
        .filter(Objects::nonNull)
        .map(Principal::getName)
        .distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
  }

  /** Sends to every page in {@code except}'s room but {@code except}'s. */
  public void broadcastExcept(Session except, String frame) {
    for (Page page : in(roomOf(except))) {
      if (!page.session().getId().equals(except.getId())) {
        page.outbox().offer(frame);
      }
    }
  }

  /** Sends to one page; false if it is gone. */
  public boolean send(String sessionId, String frame) {
    Page page = open.get(sessionId);
    return page != null && page.outbox().offer(frame);
  }

  public void broadcast(String room, String frame) {
    for (Page page : in(room)) {
      page.outbox().offer(frame);
    }
  }

  private static Outbox.Writer writerFor(Session session) {
    return (frame, done) -> {
      if (!session.isOpen()) {
        throw new IllegalStateException("closed");
      }
      session
          .getAsyncRemote()
          .sendText(frame, result -> done.accept(result.isOK() ? null : result.getException()));
    };
  }

  // The page reconnects by itself (any code but 1008) and loads what it missed after its last
  // number.
  private void fellBehind(Session session) {
    close(session, CloseReason.CloseCodes.TRY_AGAIN_LATER, "This page fell behind the room.");
  }

  /** Closes a page with {@code code} and {@code why} (which it shows); one already gone is left. */
  public void close(Session session, CloseReason.CloseCode code, String why) {
    LOG.fine(() -> "Closing session " + session.getId() + ": " + why);
    try {
      session.close(new CloseReason(code, why));
    } catch (IOException | IllegalStateException e) {
      LOG.log(Level.FINE, "Could not close session " + session.getId(), e);
    }
  }
}
