package dev.finchat.tools.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Many chat pages from one JVM, for m2 and m3: accounts signed up over HTTP as the create-user form
 * does, and their WebSockets, all on one shared JDK {@link HttpClient} (one selector thread, a
 * small fixed pool for the frames). {@code ChatClient} opens an HttpClient — a selector thread —
 * per page, which is fine for tens of pages and not for 18,000.
 */
final class SignedInPages implements AutoCloseable {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  /** Handshakes and sign-ups in flight at once: more only queue in the node. */
  private static final int IN_FLIGHT = 16;

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final AtomicInteger refused = new AtomicInteger();

  private final int port;
  private final ExecutorService frames = Executors.newFixedThreadPool(4, SignedInPages::daemon);
  private final HttpClient http;

  SignedInPages(int port) {
    this.port = port;
    http =
        HttpClient.newBuilder()
            // HTTP/1.1, as a browser speaks to a server without TLS: the JDK's client would
            // upgrade to h2c, which Payara under this load now and then resets (RST_STREAM).
            .version(HttpClient.Version.HTTP_1_1)
            .executor(frames)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
  }

  private static Thread daemon(Runnable task) {
    var thread = new Thread(task, "bench-pages");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Signs up {@code count} new accounts named {@code prefix-0}, {@code prefix-1}…, {@link
   * #IN_FLIGHT} at a time, and loads the chat page {@code chatPage} (e.g. {@code /chat/}) as the
   * browser does before its page connects — the node keeps that page's view in the session; returns
   * the session cookie of each one whose chat page loaded. A page refused with 403 is counted in
   * {@link #refused()} and left out, as a person who met "Forbidden" opens no chat.
   */
  List<String> signUp(String prefix, int count, String chatPage) throws Exception {
    var permits = new Semaphore(IN_FLIGHT);
    var pending = new ArrayList<CompletableFuture<String>>();
    for (int i = 0; i < count; i++) {
      permits.acquire();
      String username = prefix + "-" + i;
      pending.add(
          signUpOne(username)
              .thenCompose(cookie -> load(chatPage, cookie))
              .whenComplete((c, e) -> permits.release()));
    }
    var cookies = new ArrayList<String>();
    for (var cookie : pending) {
      String loaded = cookie.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (loaded != null) {
        cookies.add(loaded);
      }
    }
    return cookies;
  }

  /** The cookie once the page loaded; null when it was refused with 403. */
  private CompletableFuture<String> load(String path, String cookie) {
    return http.sendAsync(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(TIMEOUT)
                .header("Cookie", cookie)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .thenApply(
            page -> {
              if (page.statusCode() == 403) {
                refused.incrementAndGet();
                return null;
              }
              if (page.statusCode() != 200) {
                throw new IllegalStateException(
                    "the chat page " + path + " answered HTTP " + page.statusCode());
              }
              return cookie;
            });
  }

  // The first request starts a session and renders the form; submitting it signs the new account
  // in, under a fresh session id (the node changes it on sign-in).
  private CompletableFuture<String> signUpOne(String username) {
    URI page = URI.create("http://127.0.0.1:" + port + "/create-user/");
    return http.sendAsync(
            HttpRequest.newBuilder(page).timeout(TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofString())
        .thenCompose(
            form -> {
              Matcher viewState = VIEW_STATE.matcher(form.body());
              String cookie = session(form, null);
              if (!viewState.find() || cookie == null) {
                throw new IllegalStateException(
                    "no sign-up form at " + page + " (HTTP " + form.statusCode() + ")");
              }
              Map<String, String> fields = new LinkedHashMap<>();
              fields.put("account", "account");
              fields.put("account:username", username);
              fields.put("account:password", "bench password " + username);
              fields.put("account:confirmation", "bench password " + username);
              fields.put("account:displayName", username);
              fields.put("account:create", "Create account");
              fields.put("jakarta.faces.ViewState", viewState.group(1));
              return http.sendAsync(
                      HttpRequest.newBuilder(page)
                          .timeout(TIMEOUT)
                          .header("Cookie", cookie)
                          .header("Content-Type", "application/x-www-form-urlencoded")
                          .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .thenApply(
                      created -> {
                        // A redirect to the chat means signed in; the form again means refused.
                        if (created.statusCode() / 100 != 3) {
                          throw new IllegalStateException(
                              "sign-up of "
                                  + username
                                  + " refused (HTTP "
                                  + created.statusCode()
                                  + ")");
                        }
                        return session(created, cookie);
                      });
            });
  }

  private static String session(HttpResponse<?> response, String otherwise) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(SESSION::matcher)
        .filter(Matcher::find)
        .map(m -> "JSESSIONID=" + m.group(1))
        .reduce((first, last) -> last)
        .orElse(otherwise);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** One open page: what it sends goes out one frame at a time, as the JDK WebSocket requires. */
  static final class Page {
    private final WebSocket socket;

    private Page(WebSocket socket) {
      this.socket = socket;
    }

    synchronized void send(String frame) throws Exception {
      socket.sendText(frame, true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    void abort() {
      socket.abort();
    }
  }

  /**
   * Opens a WebSocket on {@code path} for each cookie (or {@code count} without one when {@code
   * cookies} is null), a few handshakes at a time; each whole text frame goes to {@code heard} with
   * the page's index. {@code opened} is told how long each handshake took.
   *
   * <p>A signed-in handshake refused with 403 is not asked again, as a browser does not: it is
   * counted in {@link #refused()} and its page left out.
   */
  List<Page> open(
      String path, List<String> cookies, int count, Heard heard, Consumer<Duration> opened)
      throws Exception {
    var permits = new Semaphore(IN_FLIGHT);
    var pending = new ArrayList<CompletableFuture<WebSocket>>();
    URI uri = URI.create("ws://127.0.0.1:" + port + path);
    int pages = cookies == null ? count : cookies.size();
    for (int i = 0; i < pages; i++) {
      permits.acquire();
      long start = System.nanoTime();
      pending.add(
          handshake(uri, cookies == null ? null : cookies.get(i), listener(i, heard))
              .whenComplete(
                  (socket, failed) -> {
                    permits.release();
                    if (failed == null && socket != null) {
                      opened.accept(Duration.ofNanos(System.nanoTime() - start));
                    }
                  }));
    }
    var open = new ArrayList<Page>();
    for (var socket : pending) {
      try {
        var connected = socket.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (connected != null) {
          open.add(new Page(connected));
        }
      } catch (java.util.concurrent.ExecutionException e) {
        open.forEach(Page::abort);
        if (e.getCause() instanceof WebSocketHandshakeException refusal) {
          throw new IllegalStateException(
              "the node refused a page of "
                  + uri
                  + ": HTTP "
                  + refusal.getResponse().statusCode()
                  + " "
                  + refusal.getResponse().body(),
              e);
        }
        throw e;
      }
    }
    return open;
  }

  /** The open socket; null when a signed-in handshake was refused with 403. */
  private CompletableFuture<WebSocket> handshake(
      URI uri, String cookie, WebSocket.Listener listener) {
    var builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
    if (cookie != null) {
      builder.header("Cookie", cookie);
    }
    return builder
        .buildAsync(uri, listener)
        .handle(
            (socket, failed) -> {
              if (failed == null) {
                return socket;
              }
              Throwable cause = failed instanceof CompletionException ? failed.getCause() : failed;
              if (cookie != null
                  && cause instanceof WebSocketHandshakeException refusal
                  && refusal.getResponse().statusCode() == 403) {
                refused.incrementAndGet();
                return null;
              }
              throw new CompletionException(cause);
            });
  }

  /** How many signed-in page loads and handshakes were refused with 403 (none asked again). */
  int refused() {
    return refused.get();
  }

  /** A page's whole text frame, and when it arrived. */
  interface Heard {
    void frame(int page, CharSequence text, long nanoTime);
  }

  private static WebSocket.Listener listener(int page, Heard heard) {
    return new WebSocket.Listener() {
      private StringBuilder partial;

      @Override
      public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        if (last && partial == null) {
          heard.frame(page, data, now);
        } else {
          if (partial == null) {
            partial = new StringBuilder();
          }
          partial.append(data);
          if (last) {
            heard.frame(page, partial, now);
            partial = null;
          }
        }
        socket.request(1);
        return null;
      }
    };
  }

  /** Closes every page and waits (a little) for the node to see them go. */
  static void closeAll(List<Page> pages) throws InterruptedException {
    pages.forEach(Page::close);
    Thread.sleep(Math.min(10_000, 500 + pages.size() / 2));
    pages.forEach(Page::abort);
  }

  @Override
  public void close() {
    frames.shutdownNow();
  }
}
