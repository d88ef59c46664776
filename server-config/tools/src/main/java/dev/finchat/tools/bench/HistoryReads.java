package dev.finchat.tools.bench;

import dev.finchat.tools.client.Visitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * m4: reading history — a person's history page ({@code /u/<name>/history/}, HTML) and a room's
 * JSON API ({@code /api/rooms/<room>/messages}), the latest 50 each, at a fixed rate, for an author
 * and room with a thousand messages and for one with a million. Its baseline runs the same SQL with
 * plain JDBC on the same database. A million messages are written straight into the table (through
 * the chat it would take many minutes), so m4 needs the chat on PostgreSQL, where this tool can
 * reach its database; they are deleted afterwards.
 */
final class HistoryReads {

  /** The sizes measured, and how hard: requests per second for how long, per size and reader. */
  record Load(List<Integer> sizes, int perSecond, Duration duration) {
    int requests() {
      return (int) (perSecond * duration.toMillis() / 1000);
    }
  }

  static final String NEEDS_POSTGRESQL =
      "m4 writes a million messages straight into the chat's database, which Derby keeps inside"
          + " the chat node: start finchat on PostgreSQL (./finchat up --db"
          + " jdbc:postgresql://HOST/DATABASE), then ./finchat bench m4";

  private static final int READERS = 16;

  /** Unmeasured reads before each measured load: at least this long's worth at its rate. */
  private static final Duration WARM_UP = Duration.ofSeconds(3);

  private static final String AUTHOR_SQL =
      "SELECT ID, AUTHOR, AUTHOR_KEY, POSTED_AT, ROOM, SEQ, TEXT FROM MESSAGES"
          + " WHERE AUTHOR_KEY = ? AND ID < ? ORDER BY ID DESC LIMIT 50";
  private static final String ROOM_SQL =
      "SELECT ID, AUTHOR, AUTHOR_KEY, POSTED_AT, ROOM, SEQ, TEXT FROM MESSAGES"
          + " WHERE ROOM = ? AND SEQ < ? ORDER BY SEQ DESC LIMIT 50";

  private final Target target;
  private final String dbUrl;
  private final String dbUser;
  private final String dbPassword;
  private final String run = "hist" + UUID.randomUUID().toString().substring(0, 6);

  HistoryReads(Target target, String dbUrl, String dbUser, String dbPassword) {
    if (dbUrl == null || dbUrl.isBlank()) {
      throw new IllegalArgumentException(NEEDS_POSTGRESQL);
    }
    this.target = target;
    this.dbUrl = dbUrl;
    this.dbUser = dbUser;
    this.dbPassword = dbPassword;
  }

  List<Measurement> measure(Load load, Consumer<String> progress) throws Exception {
    List<Measurement> measurements = new ArrayList<>();
    List<String> rooms = new ArrayList<>();
    try {
      for (int size : load.sizes()) {
        String name = run + "-" + size;
        rooms.add(name);
        progress.accept("m4: " + name + " gets " + size + " messages…");
        var reader = new Visitor(target.chatNodePort(1));
        reader.createAccount(name, "bench password " + name, name);
        reader.submit(
            "/chat/", "rooms", Map.of("rooms:newRoom", name, "rooms:create", "Create room"));
        fill(name, size);
        String cookie = reader.sessionCookie();
        String label = size >= 1_000_000 ? size / 1_000_000 + "M" : size / 1_000 + "k";
        progress.accept("m4: reading at " + label + "…");
        measurements.add(
            measure(
                "m4.page." + label,
                "a person's history page (HTML, latest 50) with " + size + " messages stored",
                "/u/" + name + "/history/",
                cookie,
                AUTHOR_SQL,
                name,
                load));
        measurements.add(
            measure(
                "m4.api." + label,
                "a room's JSON history (latest 50) with " + size + " messages stored",
                "/api/rooms/" + name + "/messages",
                cookie,
                ROOM_SQL,
                name,
                load));
      }
      return measurements;
    } finally {
      clean(rooms);
    }
  }

  private Measurement measure(
      String name, String what, String path, String cookie, String sql, String key, Load load)
      throws Exception {
    // HTTP/1.1, as a browser speaks to a server without TLS (the JDK's client would try h2c).
    var http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.chatNodePort(1) + path))
            .header("Cookie", cookie)
            .timeout(Duration.ofSeconds(30))
            .build();
    var throughChat = new Latencies();
    var warming = new Latencies();
    warmUp(load, (sent, done) -> read(http, request, warming, sent, done));
    var watched =
        NodeWatch.during(
            () -> {
              fixedRate(
                  load.perSecond(),
                  load.duration(),
                  (sent, done) -> read(http, request, throughChat, sent, done));
              return null;
            });
    var plain = new Latencies();
    try (var connections = new Connections(READERS)) {
      warmUp(load, (sent, done) -> query(connections, sql, key, null, sent, done));
      fixedRate(
          load.perSecond(),
          load.duration(),
          (sent, done) -> query(connections, sql, key, plain, sent, done));
    }
    return new Measurement(
        name,
        what
            + ", "
            + load.perSecond()
            + " requests/s for "
            + load.duration().toSeconds()
            + " s; baseline: the same SQL with plain JDBC",
        List.of(
            new Figure(
                name + ".p50",
                "ms",
                throughChat.percentileMillis(50),
                plain.percentileMillis(50),
                false),
            new Figure(
                name + ".p99",
                "ms",
                throughChat.percentileMillis(99),
                plain.percentileMillis(99),
                false),
            Figure.refused(name, warming.refused() + throughChat.refused(), 0)),
        throughChat,
        plain,
        List.of(),
        watched.notes());
  }

  /** One operation of an open-loop run: when it was due, and what to count down when done. */
  @FunctionalInterface
  private interface Operation {
    void start(long sentNanos, Runnable done);
  }

  /**
   * Unmeasured reads before a measured load: half as many as it makes, and at least {@link
   * #WARM_UP}'s worth, {@link #READERS} at a time. Closed loop on purpose: at the load's rate, a
   * node rendering the page for the first time fell tens of seconds behind, and the measured reads
   * queued behind that (p50 14 s); 3 s at the rate after m1 left the first page reading's p99 at
   * 65-90 ms against 17-19 ms for the same page later.
   */
  private static void warmUp(Load load, Operation operation) throws InterruptedException {
    long measured = load.perSecond() * load.duration().toSeconds();
    int count = (int) Math.max(load.perSecond() * WARM_UP.toSeconds(), measured / 2);
    var inFlight = new Semaphore(READERS);
    var done = new CountDownLatch(count);
    for (int i = 0; i < count; i++) {
      inFlight.acquire();
      operation.start(
          System.nanoTime(),
          () -> {
            inFlight.release();
            done.countDown();
          });
    }
    done.await(2, TimeUnit.MINUTES);
  }

  private static void fixedRate(int perSecond, Duration duration, Operation operation)
      throws InterruptedException {
    int count = (int) (perSecond * duration.toMillis() / 1000);
    var done = new CountDownLatch(count);
    var next = new AtomicInteger();
    var clock = Executors.newSingleThreadScheduledExecutor();
    clock.scheduleAtFixedRate(
        () -> {
          if (next.getAndIncrement() < count) {
            operation.start(System.nanoTime(), done::countDown);
          }
        },
        0,
        1_000_000_000L / perSecond,
        TimeUnit.NANOSECONDS);
    done.await(duration.plusSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
    clock.shutdownNow();
  }

  private static void read(
      HttpClient http, HttpRequest request, Latencies latencies, long sent, Runnable done) {
    http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .whenComplete(
            (response, failure) -> {
              if (failure == null && response.statusCode() == 200) {
                latencies.record(Duration.ofNanos(System.nanoTime() - sent));
              } else if (failure == null && response.statusCode() == 403) {
                latencies.refuse();
              } else {
                latencies.fail();
              }
              done.run();
            });
  }

  private void query(
      Connections connections,
      String sql,
      String key,
      Latencies latencies,
      long sent,
      Runnable done) {
    connections.pool.execute(
        () -> {
          Connection connection = connections.idle.poll();
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            statement.setLong(2, Long.MAX_VALUE);
            try (var rows = statement.executeQuery()) {
              while (rows.next()) {
                rows.getString("TEXT");
              }
            }
            if (latencies != null) {
              latencies.record(Duration.ofNanos(System.nanoTime() - sent));
            }
          } catch (SQLException e) {
            if (latencies != null) {
              latencies.fail();
            }
          } finally {
            connections.idle.add(connection);
            done.run();
          }
        });
  }

  /** Writes {@code size} messages by the room's own reader into its room, numbered 1…size. */
  private void fill(String name, int size) throws SQLException {
    try (Connection connection = connect();
        var insert =
            connection.prepareStatement(
                "INSERT INTO MESSAGES (AUTHOR, AUTHOR_KEY, POSTED_AT, ROOM, SEQ, TEXT)"
                    + " SELECT ?, ?, now(), ?, g, 'history benchmark message number ' || g"
                    + " FROM generate_series(1, ?) g");
        var number = connection.prepareStatement("UPDATE ROOMS SET LAST_SEQ = ? WHERE NAME = ?");
        var analyze = connection.createStatement()) {
      insert.setString(1, name);
      insert.setString(2, name);
      insert.setString(3, name);
      insert.setInt(4, size);
      insert.executeUpdate();
      number.setLong(1, size);
      number.setString(2, name);
      number.executeUpdate();
      // The planner's figures follow the new rows, as they would after autovacuum.
      analyze.execute("ANALYZE MESSAGES");
    }
  }

  private void clean(List<String> rooms) throws SQLException {
    try (Connection connection = connect();
        var messages = connection.prepareStatement("DELETE FROM MESSAGES WHERE ROOM = ?");
        var room = connection.prepareStatement("DELETE FROM ROOMS WHERE NAME = ?")) {
      for (String name : rooms) {
        messages.setString(1, name);
        messages.executeUpdate();
        room.setString(1, name);
        room.executeUpdate();
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
  }

  /** Plain JDBC connections, and threads to use them on. */
  private final class Connections implements AutoCloseable {
    final BlockingQueue<Connection> idle;
    final java.util.concurrent.ExecutorService pool;

    Connections(int count) throws SQLException {
      idle = new ArrayBlockingQueue<>(count);
      for (int i = 0; i < count; i++) {
        idle.add(connect());
      }
      pool = Executors.newFixedThreadPool(count);
    }

    @Override
    public void close() throws Exception {
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
      for (Connection connection : idle) {
        connection.close();
      }
    }
  }
}
