package dev.finchat.chat.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The open chat pages of this node, by WebSocket session id, each in its room. */
@ApplicationScoped
public class ChatSessions {

  private static final Logger LOG = Logger.getLogger(ChatSessions.class.getName());

  private static final String ROOM = "finchat.room";

  private final Map<String, Session> open = new ConcurrentHashMap<>();

  public void opened(Session session, String room) {
    session.getUserProperties().put(ROOM, room);
    open.put(session.getId(), session);
  }

  /** Forgets a closed page; true if it was open here. */
  public boolean closed(Session session) {
    return open.remove(session.getId()) != null;
  }

  public static String roomOf(Session session) {
    return (String) session.getUserProperties().get(ROOM);
  }

  private java.util.stream.Stream<Session> in(String room) {
    return open.values().stream().filter(session -> room.equals(roomOf(session)));
  }

  /** Who has the room open on this node, by username, sorted ({@link RoomPresence}: anywhere). */
  public List<String> online(String room) {
    return in(room)
        .map(Session::getUserPrincipal)
        .filter(Objects::nonNull)
        .map(Principal::getName)
        .distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
  }

  /** Sends to every page in {@code except}'s room but {@code except}'s. */
  public void broadcastExcept(Session except, String frame) {
    in(roomOf(except))
        .filter(session -> !session.getId().equals(except.getId()))
        .forEach(session -> send(session, frame));
  }

  /** Sends to one page; false if it is gone. */
  public boolean send(String sessionId, String frame) {
    Session session = open.get(sessionId);
    return session != null && send(session, frame);
  }

  public void broadcast(String room, String frame) {
    in(room).forEach(session -> send(session, frame));
  }

  // A WebSocket endpoint allows one blocking send at a time.
  private boolean send(Session session, String frame) {
    synchronized (session) {
      if (!session.isOpen()) {
        return false;
      }
      try {
        session.getBasicRemote().sendText(frame);
        return true;
      } catch (IOException | IllegalStateException e) {
        LOG.log(Level.FINE, "Could not send to session " + session.getId(), e);
        return false;
      }
    }
  }
}
