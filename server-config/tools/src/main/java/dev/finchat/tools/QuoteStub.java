package dev.finchat.tools;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the quote providers — Stooq's CSV quote ({@code /q/l/}) and Finnhub's JSON
 * quote ({@code /api/v1/quote}, token required) — serving recorded answers and the providers'
 * failure modes, since no live provider is reachable from tests. A special symbol triggers one
 * failure for one request ({@code HTML.US}, {@code DENIED.US}, {@code NOTFOUND.US}, {@code
 * BROKEN.US}, {@code TRUNCATED.US}, {@code SLOW.US}, {@code HANG.US}; on Finnhub without the {@code
 * .US}); {@link #mode} makes every request fail alike.
 */
public final class QuoteStub {

  /** How the stub answers. */
  public enum Mode {
    HEALTHY,
    HTML,
    DENIED,
    NOT_FOUND,
    ERROR_500,
    TRUNCATED,
    SLOW,
    HANG
  }

  static final String HEADER = "Symbol,Date,Time,Open,High,Low,Close,Volume";
  private static final String CRLF = "\r\n";
  private static final String CSV = "text/csv";

  /** Recorded rows, as Stooq answered them (fields after the symbol). */
  static final Map<String, String> RECORDED =
      Map.of(
          "AAPL.US", "2026-11-24,22:00:19,230.1,233.45,229.02,232.87,51234567",
          "MSFT.US", "2026-11-24,22:00:19,472.3,478.9,470.15,476.42,18754210",
          "GOOGL.US", "2026-11-24,22:00:19,301.5,305.2,299.8,304.11,25411873",
          "TSLA.US", "2026-11-24,22:00:19,398.2,407.75,392.4,401.96,88123004",
          "SPY.US", "2026-11-24,22:00:19,668.1,671.3,665.02,670.25,61002345");

  private static final Map<String, Mode> TRIGGERS =
      Map.of(
          "HTML.US", Mode.HTML,
          "DENIED.US", Mode.DENIED,
          "NOTFOUND.US", Mode.NOT_FOUND,
          "BROKEN.US", Mode.ERROR_500,
          "TRUNCATED.US", Mode.TRUNCATED,
          "SLOW.US", Mode.SLOW,
          "HANG.US", Mode.HANG);

  private static final Duration HANG = Duration.ofSeconds(60);

  /**
   * Where tests and people change the stub's behaviour while it runs: {@code GET mode}, {@code POST
   * mode?set=HANG}, {@code GET requests} (quote requests served so far).
   */
  static final String CONTROL = "/control/";

  /** Marks every answer of the simulator, so that bots never pass a simulated price as real. */
  static final String SIMULATED_HEADER = "X-Finchat-Simulated";

  private final int port;
  private final boolean simulate;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Mode mode = Mode.HEALTHY;
  private volatile Duration slowDelay = Duration.ofSeconds(5);
  private HttpServer server;
  private ExecutorService workers;

  /** A stub on {@code port} serving recorded quotes; 0 picks a free one. */
  public QuoteStub(int port) {
    this(port, false);
  }

  /**
   * A stub on {@code port}; with {@code simulate}, an offline simulator instead: moving prices for
   * well-known symbols ({@link SimulatedMarket}), each answer marked as simulated.
   */
  public QuoteStub(int port, boolean simulate) {
    this.simulate = simulate;
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the stub needs a port from 0 to 65535, not " + port);
    }
    this.port = port;
  }

  public static void main(String[] args) throws Exception {
    QuoteStub stub;
    try {
      var options = Options.parse(args);
      String prices = options.value("--prices", "recorded");
      if (!prices.equals("recorded") && !prices.equals("simulated")) {
        throw new IllegalArgumentException(
            "--prices is recorded or simulated, not '" + prices + "'");
      }
      stub = new QuoteStub(options.intValue("--port", 0), prices.equals("simulated"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: QuoteStub [--port N] [--prices recorded|simulated] (port 0 = any free port)");
      System.exit(2);
      return;
    }
    try {
      stub.start();
    } catch (IOException e) {
      System.err.println("finchat quote stub could not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stub::stop));
    System.out.println(
        "finchat quote " + (stub.simulate ? "simulator" : "stub") + " ready on " + stub.url());
    Thread.currentThread().join();
  }

  public void start() throws IOException {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, a kept-alive
    // connection then waits for a delayed ACK (about 40 ms) on every answer.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    workers = Executors.newCachedThreadPool();
    server.setExecutor(workers);
    server.createContext("/q/l/", this::stooqQuote);
    server.createContext("/q/d/l/", this::stooqHistory);
    server.createContext("/api/v1/quote", this::finnhubQuote);
    server.createContext(CONTROL + "mode", this::controlMode);
    server.createContext(CONTROL + "requests", this::controlRequests);
    server.start();
  }

  public void stop() {
    if (server != null) {
      server.stop(0);
      workers.shutdownNow();
      server = null;
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Makes every request answer in {@code mode} ({@link Mode#HEALTHY} to recover). */
  public void mode(Mode mode) {
    this.mode = mode;
  }

  public void slowDelay(Duration delay) {
    this.slowDelay = delay;
  }

  public int requestCount() {
    return requests.get();
  }

  private Mode modeFor(List<String> symbols) {
    Mode answer = mode;
    if (answer == Mode.HEALTHY) {
      answer =
          symbols.stream().map(TRIGGERS::get).filter(m -> m != null).findFirst().orElse(answer);
    }
    return answer;
  }

  private void finnhubQuote(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      String token = exchange.getRequestHeaders().getFirst("X-Finnhub-Token");
      if (token == null || token.isBlank()) {
        send(exchange, 401, "application/json", "{\"error\":\"Please use an API key.\"}");
        return;
      }
      String symbol = parameter(exchange.getRequestURI().getRawQuery(), "symbol");
      String stooqSymbol = symbol.contains(".") ? symbol : symbol + ".US";
      switch (modeFor(List.of(stooqSymbol))) {
        case HTML -> send(exchange, 200, "text/html", browserCheckPage());
        case DENIED -> send(exchange, 200, "text/plain", "Access denied");
        case NOT_FOUND -> send(exchange, 404, "text/html", "<html><body>404</body></html>");
        case ERROR_500 -> send(exchange, 500, "application/json", "{\"error\":\"internal\"}");
        case TRUNCATED -> send(exchange, 200, "application/json", "{\"c\":232.87,\"h\":233.4");
        case SLOW -> {
          pause(slowDelay);
          send(exchange, 200, "application/json", finnhubJson(stooqSymbol));
        }
        case HANG -> pause(HANG);
        case HEALTHY -> send(exchange, 200, "application/json", finnhubJson(stooqSymbol));
      }
    }
  }

  /** A recorded quote in Finnhub's form; an unknown symbol has every field 0, as Finnhub says. */
  /** The symbol's quote fields after the symbol, as in {@link #RECORDED}; null if unknown. */
  private String row(String symbol) {
    return simulate
        ? SimulatedMarket.row(symbol, Instant.now()).orElse(null)
        : RECORDED.get(symbol);
  }

  String finnhubJson(String stooqSymbol) {
    String row = row(stooqSymbol);
    if (row == null) {
      return "{\"c\":0,\"d\":null,\"dp\":null,\"h\":0,\"l\":0,\"o\":0,\"pc\":0,\"t\":0}";
    }
    String[] fields = row.split(",");
    var open = new BigDecimal(fields[2]);
    var close = new BigDecimal(fields[5]);
    long time = LocalDate.parse(fields[0]).atTime(21, 0, 19).toEpochSecond(ZoneOffset.UTC);
    return "{\"c\":"
        + close
        + ",\"d\":"
        + close.subtract(open)
        + ",\"dp\":0,\"h\":"
        + fields[3]
        + ",\"l\":"
        + fields[4]
        + ",\"o\":"
        + open
        + ",\"pc\":"
        + open
        + ",\"t\":"
        + time
        + "}";
  }

  static String parameter(String rawQuery, String name) {
    if (rawQuery != null) {
      for (String parameter : rawQuery.split("&")) {
        if (parameter.startsWith(name + "=")) {
          return URLDecoder.decode(parameter.substring(name.length() + 1), StandardCharsets.UTF_8)
              .trim()
              .toUpperCase(Locale.ROOT);
        }
      }
    }
    return "";
  }

  private void stooqQuote(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      List<String> symbols = symbols(exchange.getRequestURI().getRawQuery());
      switch (modeFor(symbols)) {
        case HTML -> send(exchange, 200, "text/html", browserCheckPage());
        case DENIED -> send(exchange, 200, "text/plain", "Access denied");
        case NOT_FOUND ->
            send(exchange, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");
        case ERROR_500 ->
            send(exchange, 500, "text/html", "<html><body>Internal Server Error</body></html>");
        case TRUNCATED ->
            send(exchange, 200, CSV, HEADER + CRLF + symbols.get(0) + ",2026-11-24,22:0");
        case SLOW -> {
          pause(slowDelay);
          send(exchange, 200, CSV, csv(symbols));
        }
        case HANG -> pause(HANG);
        case HEALTHY -> send(exchange, 200, CSV, csv(symbols));
      }
    }
  }

  private void controlMode(HttpExchange exchange) throws IOException {
    try (exchange) {
      if ("POST".equals(exchange.getRequestMethod())) {
        String wanted = parameter(exchange.getRequestURI().getRawQuery(), "set");
        try {
          mode(Mode.valueOf(wanted));
        } catch (IllegalArgumentException e) {
          send(
              exchange,
              400,
              "text/plain",
              "unknown mode '" + wanted + "'; one of " + Arrays.toString(Mode.values()) + "\n");
          return;
        }
      }
      send(exchange, 200, "text/plain", mode + "\n");
    }
  }

  private void controlRequests(HttpExchange exchange) throws IOException {
    try (exchange) {
      send(exchange, 200, "text/plain", requests.get() + "\n");
    }
  }

  private void stooqHistory(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      String symbol = parameter(exchange.getRequestURI().getRawQuery(), "s");
      switch (modeFor(List.of(symbol))) {
        case HTML -> send(exchange, 200, "text/html", browserCheckPage());
        case DENIED -> send(exchange, 200, "text/plain", "Access denied");
        case NOT_FOUND, ERROR_500 -> send(exchange, 500, "text/html", "<html>error</html>");
        case TRUNCATED ->
            send(exchange, 200, CSV, "Date,Open,High,Low,Close,Volume" + CRLF + "2026-1");
        case SLOW -> {
          pause(slowDelay);
          send(exchange, 200, CSV, history(symbol));
        }
        case HANG -> pause(HANG);
        case HEALTHY -> send(exchange, 200, CSV, history(symbol));
      }
    }
  }

  /**
   * Thirty weekdays of history ending with the symbol's quote, rising and falling gently around it;
   * {@code No data} for an unknown symbol, as Stooq says.
   */
  String history(String symbol) {
    String row = row(symbol);
    if (row == null) {
      return "No data";
    }
    String[] fields = row.split(",");
    var last = LocalDate.parse(fields[0]);
    double close = Double.parseDouble(fields[5]);
    List<LocalDate> days = new ArrayList<>();
    for (var day = last; days.size() < 30; day = day.minusDays(1)) {
      if (day.getDayOfWeek().getValue() <= 5) {
        days.add(0, day);
      }
    }
    var body = new StringBuilder("Date,Open,High,Low,Close,Volume").append(CRLF);
    double phase = (symbol.hashCode() & 0xff) / 40.0;
    for (int i = 0; i < days.size(); i++) {
      int back = days.size() - 1 - i;
      double price =
          back == 0
              ? close
              : close
                  * (1
                      + 0.025 * Math.sin(back / 4.0 + phase)
                      - 0.025 * Math.sin(phase)
                      - 0.0015 * back);
      String p = String.format(Locale.ROOT, "%.2f", price);
      body.append(days.get(i))
          .append(',')
          .append(p)
          .append(',')
          .append(String.format(Locale.ROOT, "%.2f", price * 1.008))
          .append(',')
          .append(String.format(Locale.ROOT, "%.2f", price * 0.992))
          .append(',')
          .append(p)
          .append(",40000000")
          .append(CRLF);
    }
    return body.toString();
  }

  static List<String> symbols(String rawQuery) {
    if (rawQuery == null) {
      return List.of("");
    }
    for (String parameter : rawQuery.split("&")) {
      if (parameter.startsWith("s=")) {
        String value = URLDecoder.decode(parameter.substring(2), StandardCharsets.UTF_8);
        return Arrays.stream(value.trim().split("\\s+"))
            .map(symbol -> symbol.toUpperCase(Locale.ROOT))
            .toList();
      }
    }
    return List.of("");
  }

  String csv(List<String> symbols) {
    var body = new StringBuilder(HEADER).append(CRLF);
    for (String symbol : symbols) {
      String row = Objects.requireNonNullElse(row(symbol), "N/D,N/D,N/D,N/D,N/D,N/D,N/D");
      body.append(symbol).append(',').append(row).append(CRLF);
    }
    return body.toString();
  }

  private static String browserCheckPage() {
    return "<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
        + "<body><p>Checking your browser before accessing the site.</p></body></html>";
  }

  private static void pause(Duration duration) {
    try {
      TimeUnit.MILLISECONDS.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (simulate) {
      exchange.getResponseHeaders().set(SIMULATED_HEADER, "true");
    }
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
