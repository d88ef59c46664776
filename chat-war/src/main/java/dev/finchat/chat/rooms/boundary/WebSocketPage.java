package dev.finchat.chat.rooms.boundary;

import dev.finchat.chat.shared.PageConnection;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A chat page's WebSocket session as a {@link PageConnection}, with the room it has open: made when
 * the page opens and kept in the session's user properties until it closes.
 */
final class WebSocketPage implements PageConnection {

  private static final String KEY = WebSocketPage.class.getName();

  private final Session session;
  private final String room;

  private WebSocketPage(Session session, String room) {
    this.session = session;
    this.room = room;
  }

  static WebSocketPage opened(Session session, String room) {
    var page = new WebSocketPage(session, room);
    session.getUserProperties().put(KEY, page);
    return page;
  }

  /** The page made when {@code session} opened; null if none was (its room did not exist). */
  static WebSocketPage of(Session session) {
    return (WebSocketPage) session.getUserProperties().get(KEY);
  }

  String room() {
    return room;
  }

  @Override
  public String id() {
    return session.getId();
  }

  @Override
  public String username() {
    var principal = session.getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  @Override
  public void send(String frame, Consumer<Throwable> done) {
    if (!session.isOpen()) {
      throw new IllegalStateException("closed");
    }
    session
        .getAsyncRemote()
        .sendText(frame, result -> done.accept(result.isOK() ? null : result.getException()));
  }

  @Override
  public void close(int code, String why) throws IOException {
    session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), why));
  }
}
