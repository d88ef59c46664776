package dev.finchat.chat.shared;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * An open chat page's live connection, as the packages that hold pages see it (rooms.control sends
 * them frames, users.control signs their people out): rooms.boundary puts the page's WebSocket
 * behind it, so that no control package holds a WebSocket type.
 */
public interface PageConnection {

  /** The close code (RFC 6455) after which a page stays closed: its person is signed out. */
  int VIOLATED_POLICY = 1008;

  /** The close code after which a page reconnects by itself and loads what it missed. */
  int TRY_AGAIN_LATER = 1013;

  /** Names the page on this node while it is open. */
  String id();

  /** Who the page is signed in as; null when nobody is. */
  String username();

  /**
   * Sends a frame without waiting for it; {@code done} hears null once it is written, or why not.
   *
   * @throws IllegalStateException if the page is closed already
   */
  void send(String frame, Consumer<Throwable> done);

  /**
   * Closes the page with a WebSocket close {@code code} and {@code why}, which the page shows.
   *
   * @throws IOException if the close could not be sent
   * @throws IllegalStateException if the page is closed already
   */
  void close(int code, String why) throws IOException;
}
