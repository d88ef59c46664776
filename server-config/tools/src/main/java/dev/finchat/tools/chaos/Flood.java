package dev.finchat.tools.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code chaos flood}: users chat and ask the bots in a room while one more page in it sends
 * messages as fast as it can. The flooder must be told it is too fast, in words (the node may also
 * close its page for a while, which then waits and reconnects as chat.js does); the others must
 * lose nothing, see nothing twice or out of order, keep their connections, and their figures during
 * the flood are reported beside their figures before it (a ratio, never asserted: a 2-core machine
 * shared with other work makes any fixed time flaky).
 */
final class Flood {

  private static final String CLEAR_MESSAGE = "You are sending messages too fast";

  private final int port;
  private final boolean quick;
  private final String run;
  private final String command;
  private final String rightPrice;

  Flood(int port, boolean quick, String run, String command, String rightPrice) {
    this.port = port;
    this.quick = quick;
    this.run = run;
    this.command = command;
    this.rightPrice = rightPrice;
  }

  Chaos.Result play() throws Exception {
    int users = quick ? 4 : 10;
    Duration before = Duration.ofSeconds(quick ? 6 : 20);
    Duration flood = Duration.ofSeconds(quick ? 6 : 20);
    try (var traffic = new Traffic(port, run, users, 1)) {
      int flooder = users;
      var floodStart = new long[1];
      var floodEnd = new long[1];
      var floodSent = new int[1];
      CompletableFuture<Void> floodDone =
          CompletableFuture.runAsync(
              () -> {
                try {
                  Thread.sleep(before.toMillis());
                  floodStart[0] = System.nanoTime();
                  long end = floodStart[0] + flood.toNanos();
                  // As fast as the page's connection takes them: one frame after the other.
                  for (int n = 0; System.nanoTime() < end; ) {
                    if (!traffic.online(flooder)) {
                      // Closed for flooding: the page waits to reconnect, and so does its user.
                      Thread.sleep(10);
                      continue;
                    }
                    traffic.say(flooder, "flood " + n++);
                    floodSent[0]++;
                  }
                  floodEnd[0] = System.nanoTime();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      Chaos.drive(
          traffic, before.plus(flood).plusSeconds(2), quick ? 10 : 100, quick ? 8 : 20, command);
      floodDone.get(1, TimeUnit.MINUTES);
      long recoveredSince = System.currentTimeMillis() - 5_000;
      // The node answers every frame the flooder got through, in order: wait until it has.
      long caughtUp = System.nanoTime();
      long deadline = caughtUp + TimeUnit.SECONDS.toNanos(90);
      while (traffic.outstanding(flooder) > 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      double backlogSeconds = (System.nanoTime() - caughtUp) / 1e9;
      Thread.sleep(quick ? 5_000 : 15_000);

      var stored = traffic.stored();
      var verdict = traffic.history.verdict(stored, traffic.pages(), rightPrice, recoveredSince);
      String flooderName = traffic.user(flooder);
      List<History.Said> floods;
      synchronized (traffic.history.said) {
        floods = traffic.history.said.stream().filter(s -> s.author.equals(flooderName)).toList();
      }
      long refused = floods.stream().filter(s -> s.refused).count();
      List<String> notices = traffic.notices(flooder);
      boolean clear =
          notices.stream().anyMatch(n -> n.contains(CLEAR_MESSAGE) && n.contains("Try again in"));
      // The flooder may be waiting to reconnect after being closed for flooding: the others may
      // not.
      int disconnects = traffic.disconnectedBut(flooder);
      int closedForFlooding = traffic.closedForFlooding();

      Predicate<Long> beforeFlood = at -> at < floodStart[0];
      Predicate<Long> duringFlood = at -> at >= floodStart[0] && at < floodEnd[0];
      double[] m1Before = roundTrips(traffic.history, flooderName, beforeFlood);
      double[] m1During = roundTrips(traffic.history, flooderName, duringFlood);
      double[] m2Before = broadcasts(traffic.history, flooderName, traffic.pages(), beforeFlood);
      double[] m2During = broadcasts(traffic.history, flooderName, traffic.pages(), duringFlood);

      boolean passed = verdict.passed() && clear && refused > 0 && disconnects == 0;
      String line =
          verdict.line("flood")
              + String.format(
                  Locale.ROOT,
                  " flood_sent=%d flood_refused=%d rate_limited=%s closed_for_flooding=%d"
                      + " backlog_s=%.1f disconnects=%d"
                      + " m1_p99_ms=%.1f->%.1f m1_ratio=%.2f m2_p99_ms=%.1f->%.1f m2_ratio=%.2f",
                  floodSent[0],
                  refused,
                  clear,
                  closedForFlooding,
                  backlogSeconds,
                  disconnects,
                  p(m1Before, 99),
                  p(m1During, 99),
                  ratio(m1During, m1Before),
                  p(m2Before, 99),
                  p(m2During, 99),
                  ratio(m2During, m2Before));
      String operations =
          traffic.history.json(
              "flood",
              verdict,
              stored,
              traffic.pages(),
              rightPrice,
              said -> !said.author.equals(flooderName) || !said.refused);
      String json =
          "{\n  \"scenario\": \"flood\",\n  \"summary\": "
              + History.quote(line)
              + ",\n  \"passed\": "
              + passed
              + ",\n  \"flooder\": {\"user\": "
              + History.quote(flooderName)
              + ", \"sent\": "
              + floodSent[0]
              + ", \"refused\": "
              + refused
              + ", \"stored\": "
              + (floods.size() - refused)
              + ", \"told\": "
              + (notices.isEmpty() ? "null" : History.quote(notices.get(0)))
              + ", \"closed_for_flooding\": "
              + closedForFlooding
              + ", \"backlog_seconds\": "
              + String.format(Locale.ROOT, "%.1f", backlogSeconds)
              + "},\n  \"disconnects\": "
              + disconnects
              + ",\n  \"others\": {\n"
              + figures("m1_round_trip_ms", m1Before, m1During)
              + ",\n"
              + figures("m2_broadcast_ms", m2Before, m2During)
              + "\n  },\n  "
              + operations
                  .substring(operations.indexOf("\"out_of_order\""), operations.lastIndexOf('}'))
                  .strip()
              + "\n}\n";
      return new Chaos.Result(line, passed, json);
    }
  }

  /** The others' command round trips (frame out, answer in) sent when {@code when} holds, in ms. */
  private static double[] roundTrips(History history, String flooder, Predicate<Long> when) {
    synchronized (history.asked) {
      return history.asked.stream()
          .filter(a -> !a.asker.equals(flooder) && when.test(a.sentAtNanos))
          .filter(a -> a.answeredAtNanos != 0)
          .mapToDouble(a -> (a.answeredAtNanos - a.sentAtNanos) / 1e6)
          .sorted()
          .toArray();
    }
  }

  /**
   * The others' broadcast latencies (sent, seen by the last of the others' pages) when {@code when}
   * holds, in ms. The flooder's own page is left out: it may be waiting to reconnect.
   */
  private static double[] broadcasts(
      History history, String flooder, int pages, Predicate<Long> when) {
    synchronized (history.said) {
      return history.said.stream()
          .filter(s -> !s.author.equals(flooder) && when.test(s.sentAtNanos))
          .filter(s -> others(s.seenAtNanos, flooder).count() == pages - 1)
          .mapToDouble(
              s -> (others(s.seenAtNanos, flooder).max().orElseThrow() - s.sentAtNanos) / 1e6)
          .sorted()
          .toArray();
    }
  }

  private static java.util.stream.LongStream others(
      java.util.Map<String, Long> seenAt, String flooder) {
    return seenAt.entrySet().stream()
        .filter(seen -> !seen.getKey().equals(flooder))
        .mapToLong(java.util.Map.Entry::getValue);
  }

  static double p(double[] sorted, int percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double ratio(double[] during, double[] before) {
    return p(during, 99) / p(before, 99);
  }

  private static String figures(String name, double[] before, double[] during) {
    return String.format(
        Locale.ROOT,
        "    \"%s\": {\"before\": {\"count\": %d, \"p50\": %s, \"p99\": %s},"
            + " \"during\": {\"count\": %d, \"p50\": %s, \"p99\": %s}, \"p99_ratio\": %s}",
        name,
        before.length,
        number(p(before, 50)),
        number(p(before, 99)),
        during.length,
        number(p(during, 50)),
        number(p(during, 99)),
        number(ratio(during, before)));
  }

  private static String number(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "null";
  }
}
