package dev.finchat.bench.baseline;

import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * The baseline of {@code ./finchat bench m2} and {@code m3}: the least a Jakarta WebSocket server
 * does to broadcast — every text frame to every open session, as it came, with no storage, no
 * security and no state of its own. It runs in the chat node beside chat.war, so that the two are
 * measured on the same server, and is deployed only for benchmarks ({@code
 * FINCHAT_BENCH_BASELINE=1}).
 *
 * <p>It sends the plainest way, one blocking send per session under the session's lock (the chat
 * node writes each page's frames asynchronously through its outbox instead), and its sessions
 * restart their idle timeouts on a plain timer as the chat's do, so that the difference measured is
 * what finchat adds (sign-in, JSON, storage, presence), not a different way of keeping time.
 */
@ServerEndpoint("/ws/broadcast")
public class BroadcastEndpoint {

  @OnOpen
  public void open(Session session) {
    IdleTimer.adopt(session);
  }

  @OnMessage
  public void broadcast(Session sender, String frame) {
    for (Session session : sender.getOpenSessions()) {
      synchronized (session) {
        try {
          session.getBasicRemote().sendText(frame);
        } catch (IOException | IllegalStateException gone) {
          // Closed meanwhile: the others still get the frame.
        }
      }
    }
  }
}
