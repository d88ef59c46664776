package dev.finchat.tools.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A chat page as the server sees it: a WebSocket on {@code /ws/chat/<room>} that sends and reads
 * frames.
 */
public final class ChatClient implements AutoCloseable {

  private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<String> closedByServer = new CompletableFuture<>();
  private final CompletableFuture<Void> gone = new CompletableFuture<>();
  private volatile Consumer<String> listener;
  private volatile int closeCode = -1;
  private final WebSocket socket;

  /** Opens the chat page's connection with the session of a signed-in visitor (null: none). */
  public ChatClient(int port, String sessionCookie) throws Exception {
    this(port, sessionCookie, "http://localhost:" + port);
  }

  /** The same, as a page of {@code origin} would (null: no page, no Origin header). */
  public ChatClient(int port, String sessionCookie, String origin) throws Exception {
    this(port, sessionCookie, origin, "lobby");
  }

  /** A page of this site open on {@code room}. */
  public static ChatClient inRoom(int port, String sessionCookie, String room) throws Exception {
    return new ChatClient(port, sessionCookie, "http://localhost:" + port, room);
  }

  private ChatClient(int port, String sessionCookie, String origin, String room) throws Exception {
    StringBuilder partial = new StringBuilder();
    var builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (sessionCookie != null) {
      builder.header("Cookie", sessionCookie);
    }
    if (origin != null) {
      builder.header("Origin", origin);
    }
    socket =
        builder
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(
                URI.create("ws://localhost:" + port + "/ws/chat/" + room),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(
                      WebSocket webSocket, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                      var heard = listener;
                      if (heard == null) {
                        frames.add(partial.toString());
                      } else {
                        heard.accept(partial.toString());
                      }
                      partial.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                  }

                  @Override
                  public CompletionStage<?> onClose(
                      WebSocket webSocket, int statusCode, String reason) {
                    closeCode = statusCode;
                    closedByServer.complete(statusCode + " " + reason);
                    gone.complete(null);
                    return null;
                  }

                  @Override
                  public void onError(WebSocket webSocket, Throwable error) {
                    gone.complete(null);
                  }
                })
            .get(10, TimeUnit.SECONDS);
  }

  /**
   * Hands every frame to {@code listener} as it arrives, on the client's thread, instead of keeping
   * it for {@link #next}: for load generators that time each frame.
   */
  public void onFrame(Consumer<String> listener) {
    this.listener = listener;
  }

  /** Runs {@code then} once the connection is gone, whoever or whatever ended it. */
  public void onGone(Runnable then) {
    gone.thenRun(then);
  }

  // The JDK WebSocket refuses a send while another is pending: one sender at a time.
  public synchronized void say(String text) throws Exception {
    String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"");
    socket.sendText("{\"text\":\"" + escaped + "\"}", true).get(5, TimeUnit.SECONDS);
  }

  /**
   * The next frame that is not ambient (who is online, who is typing), or null if none arrives in
   * time.
   */
  public String next(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String frame;
    do {
      frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } while (frame != null && ambient(frame));
    return frame;
  }

  /** The next frame of {@code kind}, skipping any other, or null if none arrives in time. */
  public String nextOfKind(String kind, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String frame;
    do {
      frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } while (frame != null && !frame.contains("\"kind\":\"" + kind + "\""));
    return frame;
  }

  public synchronized void sendTyping() throws Exception {
    socket.sendText("{\"typing\":true}", true).get(5, TimeUnit.SECONDS);
  }

  private static boolean ambient(String frame) {
    return frame.contains("\"kind\":\"presence\"") || frame.contains("\"kind\":\"typing\"");
  }

  /** The next frame that is not a progress ("pending") frame, or null if none arrives in time. */
  public String nextAnswer(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String frame;
    do {
      frame = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    } while (frame != null && frame.contains("\"kind\":\"pending\""));
    return frame;
  }

  /**
   * The server's close of this page, as {@code "<code> <reason>"}, or null if it does not close it
   * in time.
   */
  public String awaitClosedByServer(Duration timeout) throws InterruptedException {
    try {
      return closedByServer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return null;
    }
  }

  /** Whether the connection is still open both ways. */
  /** The code the server closed the connection with, or -1 while it has not. */
  public int closeCode() {
    return closeCode;
  }

  public boolean isOpen() {
    return !socket.isInputClosed() && !socket.isOutputClosed();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(2, TimeUnit.SECONDS);
  }
}
