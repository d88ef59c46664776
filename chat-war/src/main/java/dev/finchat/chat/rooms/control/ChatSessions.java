package dev.finchat.chat.rooms.control;

import dev.finchat.chat.shared.PageConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open chat pages of this node, by connection id and by room. Frames go out through each page's
 * {@link Outbox}: a broadcast hands them over and returns, so one slow reader delays nobody but
 * itself.
 */
@ApplicationScoped
public class ChatSessions {

  private static final Logger LOG = Logger.getLogger(ChatSessions.class.getName());

  /**
   * Frames a page may have waiting before it counts as gone: at a busy room's 10 messages a second,
   * about a minute behind. It is closed then, and catches up from the history when it reconnects.
   */
  static final int MOST_WAITING_FRAMES = 500;

  private record Page(PageConnection connection, String room, Outbox outbox) {}

  private final Map<String, Page> open = new ConcurrentHashMap<>();
  private final Map<String, Set<Page>> rooms = new ConcurrentHashMap<>();

  public void opened(PageConnection connection, String room) {
    var page =
        new Page(
            connection,
            room,
            new Outbox(connection::send, MOST_WAITING_FRAMES, () -> fellBehind(connection)));
    open.put(connection.id(), page);
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
  public boolean closed(PageConnection connection) {
    var page = open.remove(connection.id());
    if (page == null) {
      return false;
    }
    page.outbox().shut();
    rooms.computeIfPresent(
        page.room(), (room, pages) -> pages.remove(page) && pages.isEmpty() ? null : pages);
    return true;
  }

  private Set<Page> in(String room) {
    return room == null ? Set.of() : rooms.getOrDefault(room, Set.of());
  }

  /** Who has the room open on this node, by username, sorted ({@link RoomPresence}: anywhere). */
  public List<String> online(String room) {
    return in(room).stream()
        .map(page -> page.connection().username())
        .filter(Objects::nonNull)
        .distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
  }

  /** Sends to every page in {@code room} but the one of id {@code exceptId}. */
  public void broadcastExcept(String room, String exceptId, String frame) {
    for (Page page : in(room)) {
      if (!page.connection().id().equals(exceptId)) {
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

  // The page reconnects by itself (any code but 1008) and loads what it missed after its last
  // number.
  private void fellBehind(PageConnection connection) {
    close(connection, PageConnection.TRY_AGAIN_LATER, "This page fell behind the room.");
  }

  /** Closes a page with {@code code} and {@code why} (which it shows); one already gone is left. */
  public void close(PageConnection connection, int code, String why) {
    LOG.fine(() -> "Closing session " + connection.id() + ": " + why);
    try {
      connection.close(code, why);
    } catch (IOException | IllegalStateException e) {
      LOG.log(Level.FINE, "Could not close session " + connection.id(), e);
    }
  }
}
