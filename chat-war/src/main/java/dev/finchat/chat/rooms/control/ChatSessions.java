package dev.finchat.chat.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The open chat pages of this node, by WebSocket session id. */
@ApplicationScoped
public class ChatSessions {

  private static final Logger LOG = Logger.getLogger(ChatSessions.class.getName());

  private final Map<String, Session> open = new ConcurrentHashMap<>();

  public void opened(Session session) {
    open.put(session.getId(), session);
  }

  public void closed(Session session) {
    open.remove(session.getId());
  }

  /** Sends to one page; false if it is gone. */
  public boolean send(String sessionId, String frame) {
    Session session = open.get(sessionId);
    return session != null && send(session, frame);
  }

  public void broadcast(String frame) {
    open.values().forEach(session -> send(session, frame));
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
