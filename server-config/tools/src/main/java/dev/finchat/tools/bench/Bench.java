package dev.finchat.tools.bench;

import dev.finchat.tools.Logging;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./finchat bench}: measures finchat's hot paths on a running system, each beside a bare
 * baseline measured in the same run, prints a table, and writes {@code results.json} and a
 * self-contained {@code report.html}. It reports figures; it never judges them.
 */
public final class Bench {

  static final String USAGE =
      "usage: Bench --chat-port N --broker URL --out DIR [--chat-nodes N] [--chat-pid PID]"
          + " [--launcher FINCHAT --run-dir DIR] [--db POSTGRESQL-URL --db-user U] [--quick]"
          + " [--m2-clients N,N…] [--m3-pages N] [m0] [m1] [m2] [m3] [m4] [m5] [x1] (m0, a cold"
          + " node, starts the system itself with --launcher, which then needs no --broker or"
          + " --chat-pid; x1, cross-node delivery, needs two chat nodes; m3 reads the memory of"
          + " chat node 1, --chat-pid; m4 needs the chat on PostgreSQL, and the database password"
          + " comes from FINCHAT_DB_PASSWORD)";

  private Bench() {}

  public static void main(String[] args) {
    Logging.quiet();
    System.exit(run(List.of(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    boolean quick = args.contains("--quick");
    Map<String, String> options = new LinkedHashMap<>();
    List<String> metrics = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--quick")) {
        continue;
      }
      if (arg.startsWith("--") && i + 1 < args.size()) {
        options.put(arg, args.get(++i));
      } else {
        metrics.add(arg);
      }
    }
    boolean cold = options.containsKey("--launcher");
    if (metrics.isEmpty()) {
      // Every metric this system can be measured on: m0 a system the bench starts itself, m4
      // PostgreSQL, x1 two chat nodes.
      if (cold) {
        metrics.add("m0");
      }
      metrics.addAll(List.of("m1", "m2", "m3"));
      if (options.get("--db") != null) {
        metrics.add("m4");
      }
      metrics.add("m5");
      if (Integer.parseInt(options.getOrDefault("--chat-nodes", "1")) > 1) {
        metrics.add("x1");
      }
    }
    int chatPort;
    Path outDir;
    try {
      chatPort = Integer.parseInt(required(options, "--chat-port"));
      outDir = Path.of(required(options, "--out"));
      for (String metric : metrics) {
        if (!List.of("m0", "m1", "m2", "m3", "m4", "m5", "x1").contains(metric)) {
          throw new IllegalArgumentException(
              metric + " is not a metric; there are m0, m1, m2, m3, m4, m5 and x1");
        }
      }
      if (metrics.contains("m0")) {
        required(options, "--launcher");
        required(options, "--run-dir");
      } else {
        required(options, "--broker");
        if (metrics.contains("m3")) {
          Long.parseLong(required(options, "--chat-pid"));
        }
      }
      if (metrics.contains("m4") && options.get("--db") == null) {
        err.println(HistoryReads.NEEDS_POSTGRESQL);
        return 2;
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      List<Measurement> measurements = new ArrayList<>();
      ColdStart.Started started = null;
      if (metrics.contains("m0")) {
        // A node that has never served: the bench starts the system, and loads it the moment up
        // returns. The other metrics then run on the system it started.
        out.println("starting a fresh system for m0…");
        started = ColdStart.up(Path.of(options.get("--launcher")), out::println);
        Path runDir = Path.of(options.get("--run-dir"));
        options.put("--broker", ColdStart.brokerUrl(runDir));
        options.put("--chat-pid", String.valueOf(ColdStart.chatPid(runDir)));
      }
      var target =
          new Target(
              chatPort,
              required(options, "--broker"),
              Integer.parseInt(options.getOrDefault("--chat-nodes", "1")));
      if (started != null) {
        measurements.add(ColdStart.measure(target, m0Load(quick), started, out::println));
      }
      if (options.containsKey("--chat-pid")) {
        // Full runs also profile the node under load; quick ones only check the harness.
        NodeWatch.install(
            Long.parseLong(options.get("--chat-pid")), outDir.resolve("scratch"), !quick);
      }
      if (metrics.contains("m1")) {
        var loads = m1Loads(quick);
        out.println("warming m1 up…");
        List<String> warmedUp =
            CommandRoundTrip.warmUp(
                target, loads.get(loads.size() - 1), quick ? 1 : M1_WARM_UP_ROUNDS, out::println);
        for (var load : loads) {
          out.println("measuring m1 at " + load.perSecond() + " commands/s…");
          measurements.add(CommandRoundTrip.measure(target, load, warmedUp));
          warmedUp = List.of();
        }
      }
      // m4 and m5 before m2 and m3: those leave thousands of signed-in sessions in the node's heap
      // (m3 18,000), whose collections would show in m4's page times.
      String dbPassword = System.getenv().getOrDefault("FINCHAT_DB_PASSWORD", "finchat");
      if (metrics.contains("m4")) {
        var history =
            new HistoryReads(target, options.get("--db"), options.get("--db-user"), dbPassword);
        measurements.addAll(history.measure(m4Load(quick), out::println));
      }
      if (metrics.contains("m5")) {
        var load = m5Load(quick);
        out.println("measuring m5 (storing) at " + load.perSecond() + " messages/s…");
        try (var plain =
            PlainInserts.on(
                options.get("--db"),
                options.get("--db-user"),
                dbPassword,
                outDir.resolve("scratch"))) {
          measurements.add(MessageStoring.measure(target, load, plain));
        }
      }
      if (metrics.contains("m2") || metrics.contains("m3")) {
        Baseline.require(target);
      }
      if (metrics.contains("m2")) {
        out.println("measuring m2 (broadcast in one room)…");
        measurements.addAll(
            RoomBroadcast.measure(
                target,
                RoomBroadcast.loads(quick, options.get("--m2-clients")),
                quick ? Duration.ofSeconds(1) : Duration.ofSeconds(5)));
      }
      if (metrics.contains("m3")) {
        out.println("measuring m3 (memory per idle chat page)…");
        measurements.add(
            IdleConnections.measure(
                target,
                Long.parseLong(required(options, "--chat-pid")),
                options.containsKey("--m3-pages")
                    ? Integer.parseInt(options.get("--m3-pages"))
                    : IdleConnections.pages(quick),
                IdleConnections.settle(quick)));
      }
      if (metrics.contains("x1")) {
        int perSecond = quick ? 20 : 100;
        out.println("measuring x1 (cross-node delivery) at " + perSecond + " messages/s…");
        measurements.add(
            CrossNodeDelivery.measure(target, perSecond, Duration.ofSeconds(quick ? 5 : 30)));
      }
      // The table in the metrics' order, whatever order they ran in.
      measurements.sort(Comparator.comparing(measurement -> measurement.metric().substring(0, 2)));
      out.print(table(measurements));
      Files.createDirectories(outDir);
      Files.writeString(
          outDir.resolve("results.json"),
          Report.json(measurements, machine(target)),
          StandardCharsets.UTF_8);
      Files.writeString(
          outDir.resolve("report.html"),
          Report.html(measurements, machine(target)),
          StandardCharsets.UTF_8);
      out.println(
          "wrote " + outDir.resolve("results.json") + " and " + outDir.resolve("report.html"));
      return 0;
    } catch (Exception e) {
      err.println("the benchmark could not run: " + e);
      return 1;
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /** At most this many rounds of 10 s warm a fresh node up for m1 (four to six did here). */
  private static final int M1_WARM_UP_ROUNDS = 8;

  /**
   * Quick: a check that the harness works, in seconds. Full: the loads docs/performance.md names.
   */
  static List<CommandRoundTrip.Load> m1Loads(boolean quick) {
    return quick
        ? List.of(new CommandRoundTrip.Load(20, Duration.ofSeconds(5), 5))
        : List.of(
            new CommandRoundTrip.Load(100, Duration.ofSeconds(30), 20),
            new CommandRoundTrip.Load(500, Duration.ofSeconds(30), 50));
  }

  /**
   * m0: commands at m1's lower rate and a chat page a second per ten of them, for the minute the
   * goal names (quick: a fifth of the rates for ten seconds, in windows of five).
   */
  static ColdStart.Load m0Load(boolean quick) {
    return quick
        ? new ColdStart.Load(20, 5, 2, 2, Duration.ofSeconds(10), Duration.ofSeconds(5))
        : new ColdStart.Load(100, 20, 10, 10, Duration.ofSeconds(60), Duration.ofSeconds(10));
  }

  static HistoryReads.Load m4Load(boolean quick) {
    return quick
        ? new HistoryReads.Load(List.of(1_000, 100_000), 50, Duration.ofSeconds(2))
        : new HistoryReads.Load(List.of(1_000, 1_000_000), 200, Duration.ofSeconds(20));
  }

  static MessageStoring.Load m5Load(boolean quick) {
    // Two messages a second each, which a person may send (FINCHAT_MESSAGE_LIMIT): rooms of ten.
    return quick
        ? new MessageStoring.Load(200, Duration.ofSeconds(5), 10, 10)
        : new MessageStoring.Load(1_000, Duration.ofSeconds(30), 50, 10);
  }

  static Map<String, String> machine(Target target) {
    var os = ManagementFactory.getOperatingSystemMXBean();
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      machine.put("memory_mib", String.valueOf(sun.getTotalMemorySize() / (1024 * 1024)));
    }
    machine.put("os", os.getName() + " " + os.getVersion());
    machine.put(
        "jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("broker", target.brokerUrl());
    return machine;
  }

  static String table(List<Measurement> measurements) {
    var table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%-20s %12s %12s %8s  %s%n",
            "figure",
            "finchat",
            "baseline",
            "ratio",
            "operations (failed)"));
    for (var measurement : measurements) {
      for (var figure : measurement.figures()) {
        table.append(
            String.format(
                Locale.ROOT,
                "%-20s %9.2f %-2s %9.2f %-2s %8.2f  %d (%d) / %d (%d)%n",
                figure.name(),
                figure.value(),
                figure.unit(),
                figure.baseline(),
                figure.unit(),
                figure.ratio(),
                measurement.system().count(),
                measurement.system().failures(),
                measurement.baseline().count(),
                measurement.baseline().failures()));
      }
    }
    for (var measurement : measurements) {
      measurement.notes().forEach(note -> table.append(note).append(System.lineSeparator()));
      if (!measurement.hops().isEmpty()) {
        table.append(
            String.format(
                Locale.ROOT,
                "where the time goes in %s:%n%-20s %12s %12s  %s%n",
                measurement.metric(),
                "hop",
                "p50",
                "p99",
                "from → to"));
        for (var hop : measurement.hops()) {
          table.append(
              String.format(
                  Locale.ROOT,
                  "%-20s %9.2f ms %9.2f ms  %s%n",
                  hop.name(),
                  hop.latencies().percentileMillis(50),
                  hop.latencies().percentileMillis(99),
                  hop.what()));
        }
      }
    }
    return table.toString();
  }
}
