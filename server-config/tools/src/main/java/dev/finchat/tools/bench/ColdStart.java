package dev.finchat.tools.bench;

import dev.finchat.tools.client.Visitor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * m0: what the first users of a node fresh from {@code up} meet. The bench starts the system itself
 * ({@code ./finchat up --stub}) and, the moment {@code up} returns, starts together {@code /stock}
 * commands over WebSocket from accounts that sign up first (as m1) and loads of the chat page by
 * signed-in accounts; it reads them in windows of ten seconds. Its baseline is the same load on the
 * same system right after, warm: the ratio is what being fresh costs.
 */
final class ColdStart {

  private static final Pattern CHAT_READY =
      Pattern.compile("Chat node: chat-1, .*ready in ([0-9,]+) ms");

  /**
   * Commands a second over WebSocket from {@code users} accounts, chat pages loaded a second by
   * {@code readers} accounts, for {@code duration}, read in {@code window}s.
   */
  record Load(
      int commandsPerSecond,
      int users,
      int pagesPerSecond,
      int readers,
      Duration duration,
      Duration window) {}

  /** The system {@code up} started: how long {@code up} took, and the chat node's own boot. */
  record Started(Duration up, double chatBootMillis) {}

  private ColdStart() {}

  /**
   * Starts the system as a user does, printing what {@code up} says; returns once {@code up} has
   * returned, which it does once every node is ready.
   */
  static Started up(Path launcher, Consumer<String> progress) throws Exception {
    long start = System.nanoTime();
    var process =
        new ProcessBuilder(launcher.toString(), "up", "--stub").redirectErrorStream(true).start();
    double chatBoot = Double.NaN;
    try (var lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        progress.accept(line);
        var ready = CHAT_READY.matcher(line);
        if (ready.find()) {
          chatBoot = Double.parseDouble(ready.group(1).replace(",", ""));
        }
      }
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("m0 could not start the system: './finchat up' failed");
    }
    return new Started(Duration.ofNanos(System.nanoTime() - start), chatBoot);
  }

  /** What {@code up} wrote into its run directory: the chat node's broker. */
  static String brokerUrl(Path runDir) throws Exception {
    return Files.readString(runDir.resolve("broker.url")).trim();
  }

  static long chatPid(Path runDir) throws Exception {
    return Long.parseLong(Files.readString(runDir.resolve("chat-1.pid")).trim());
  }

  /** Runs the load at once, cold, then again as its baseline, warm. */
  static Measurement measure(Target target, Load load, Started started, Consumer<String> progress)
      throws Exception {
    progress.accept("measuring m0 (cold node), at once…");
    var cold = run(target, load);
    progress.accept("measuring m0's baseline (the same load, the node now warm)…");
    var warm = run(target, load);
    var notes = new ArrayList<String>();
    notes.add(
        String.format(
            Locale.ROOT,
            "m0: up took %.1f s (the chat node's Payara Micro booted in %.1f s of it)",
            started.up().toMillis() / 1000.0,
            started.chatBootMillis() / 1000.0));
    notes.addAll(cold.windows("cold", load.window()));
    notes.addAll(warm.windows("warm", load.window()));
    String commands = "m0." + load.commandsPerSecond() + "/s";
    String pages = "m0.page." + load.pagesPerSecond() + "/s";
    var figures = new ArrayList<Figure>();
    figures.add(
        new Figure(
            "m0.up",
            "s",
            started.up().toMillis() / 1000.0,
            started.chatBootMillis() / 1000.0,
            false));
    for (double percentile : new double[] {50, 99, 100}) {
      String name = percentile == 100 ? "max" : "p" + (int) percentile;
      figures.add(
          new Figure(
              commands + "." + name,
              "ms",
              cold.commands().roundTrip().percentileMillis(percentile),
              warm.commands().roundTrip().percentileMillis(percentile),
              false));
    }
    for (double percentile : new double[] {50, 99, 100}) {
      String name = percentile == 100 ? "max" : "p" + (int) percentile;
      figures.add(
          new Figure(
              pages + "." + name,
              "ms",
              cold.pages().percentileMillis(percentile),
              warm.pages().percentileMillis(percentile),
              false));
    }
    figures.add(
        new Figure(
            "m0.signup.max",
            "ms",
            cold.signUps().percentileMillis(100),
            warm.signUps().percentileMillis(100),
            false));
    return new Measurement(
        "m0",
        "a node fresh from up: "
            + load.commandsPerSecond()
            + " /stock commands/s from "
            + load.users()
            + " accounts that sign up first and "
            + load.pagesPerSecond()
            + " chat pages/s loaded by "
            + load.readers()
            + " more, for "
            + load.duration().toSeconds()
            + " s from the moment up returns; baseline: the same load right after, warm",
        figures,
        cold.commands().roundTrip(),
        warm.commands().roundTrip(),
        List.of(
            new Measurement.Hop(
                "cold pages", "a signed-in GET of the chat page, on the fresh node", cold.pages()),
            new Measurement.Hop(
                "warm pages", "the same, in the baseline's run on the warm node", warm.pages()),
            new Measurement.Hop(
                "cold sign-ups",
                "create-user form, sign-in and the chat's WebSocket open, on the fresh node",
                cold.signUps())),
        notes);
  }

  /** One run of the load: its commands, page loads and sign-ups, and when it started. */
  private record Run(
      long start, CommandRoundTrip.ChatTimes commands, Latencies pages, Latencies signUps) {

    /** A line per window of the run, from its start, for commands and pages. */
    List<String> windows(String which, Duration window) {
      var lines = new ArrayList<String>();
      long end = Math.max(commands.roundTrip().lastStart(start), pages.lastStart(start));
      for (long from = start; from <= end; from += window.toNanos()) {
        var inCommands = commands.roundTrip().startedBetween(from, from + window.toNanos());
        var inPages = pages.startedBetween(from, from + window.toNanos());
        long offset = Duration.ofNanos(from - start).toSeconds();
        lines.add(
            String.format(
                Locale.ROOT,
                "m0 %s %3d–%3d s: commands %5d p50 %7.1f p99 %7.1f max %7.1f ms; pages %4d p50 %7.1f"
                    + " p99 %7.1f max %7.1f ms",
                which,
                offset,
                offset + window.toSeconds(),
                inCommands.count(),
                inCommands.percentileMillis(50),
                inCommands.percentileMillis(99),
                inCommands.percentileMillis(100),
                inPages.count(),
                inPages.percentileMillis(50),
                inPages.percentileMillis(99),
                inPages.percentileMillis(100)));
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "m0 %s: commands %d answered, %d failed; pages %d loaded, %d failed; sign-ups p50"
                  + " %.1f ms, max %.1f ms, %d failed",
              which,
              commands.roundTrip().count(),
              commands.roundTrip().failures(),
              pages.count(),
              pages.failures(),
              signUps.percentileMillis(50),
              signUps.percentileMillis(100),
              signUps.failures()));
      return lines;
    }
  }

  private static Run run(Target target, Load load) throws Exception {
    long start = System.nanoTime();
    var signUps = new Latencies();
    var pages = new Latencies();
    ExecutorService both = Executors.newFixedThreadPool(2);
    try {
      Future<Void> reading =
          both.submit(
              () -> {
                loadPages(target, load, pages, signUps);
                return null;
              });
      var commands =
          both.submit(
              () ->
                  CommandRoundTrip.throughChat(
                      target,
                      new CommandRoundTrip.Load(
                          load.commandsPerSecond(), load.duration(), load.users()),
                      false,
                      signUps));
      reading.get();
      return new Run(start, commands.get(), pages, signUps);
    } finally {
      both.shutdownNow();
    }
  }

  /**
   * Signs {@code load.readers()} accounts up, all at once, then loads the chat page with their
   * sessions at the load's rate (open loop: a slow page does not slow the next) for its duration. A
   * load counts when the chat page itself answers, not a sign-in page it was sent to.
   */
  private static void loadPages(Target target, Load load, Latencies pages, Latencies signUps)
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    var readers = new ArrayList<Visitor>();
    var signing = Executors.newFixedThreadPool(load.readers());
    var loading = Executors.newCachedThreadPool();
    try {
      var signedUp = new ArrayList<Future<Visitor>>();
      for (int i = 0; i < load.readers(); i++) {
        int reader = i;
        signedUp.add(
            signing.submit(
                () -> {
                  long start = System.nanoTime();
                  var visitor = new Visitor(target.chatPort());
                  var created =
                      visitor.createAccount(
                          "reader-" + run + "-" + reader,
                          "bench password " + run,
                          "Reader " + reader);
                  // Signed up and in, the form sends its new owner on to the chat.
                  if (!created.uri().getPath().startsWith("/chat/")) {
                    signUps.fail();
                    return null;
                  }
                  signUps.record(Duration.ofNanos(System.nanoTime() - start));
                  return visitor;
                }));
      }
      for (var reader : signedUp) {
        var signedIn = reader.get();
        if (signedIn != null) {
          readers.add(signedIn);
        }
      }
      if (readers.isEmpty()) {
        throw new IllegalStateException("m0: no reader could sign up");
      }
      long period = 1_000_000_000L / load.pagesPerSecond();
      long loads = load.duration().toNanos() / period;
      long begin = System.nanoTime();
      var pending = new ArrayList<Future<?>>();
      for (long i = 0; i < loads; i++) {
        long due = begin + i * period;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        var reader = readers.get((int) (i % readers.size()));
        pending.add(
            loading.submit(
                () -> {
                  long sent = System.nanoTime();
                  try {
                    var page = reader.get("/chat/");
                    if (page.statusCode() == 200 && page.uri().getPath().startsWith("/chat/")) {
                      pages.record(Duration.ofNanos(System.nanoTime() - sent));
                    } else {
                      pages.fail();
                    }
                  } catch (Exception e) {
                    pages.fail();
                  }
                }));
      }
      for (var page : pending) {
        page.get();
      }
    } finally {
      signing.shutdownNow();
      loading.shutdownNow();
    }
  }
}
