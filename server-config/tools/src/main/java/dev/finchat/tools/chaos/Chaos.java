package dev.finchat.tools.chaos;

import dev.finchat.tools.BrokerFaults;
import dev.finchat.tools.Logging;
import dev.finchat.wire.Queues;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./finchat chaos}: drives a running system as its users do while breaking one part of it,
 * then classifies every operation sent (see {@link History}). A scenario passes when nothing was
 * lost, duplicated, out of order, unanswered, answered twice or wrong.
 */
public final class Chaos {

  static final String USAGE =
      "usage: Chaos --chat-port N --launcher PATH --stub URL --run-dir DIR --out DIR [--quick]"
          + " [--seed N] [bot-kill] [broker-kill] [chat-kill] [consumer-drop] [provider-chaos]"
          + " [fuzz] [flood]";
  static final List<String> SCENARIOS =
      List.of(
          "bot-kill",
          "broker-kill",
          "chat-kill",
          "consumer-drop",
          "provider-chaos",
          "fuzz",
          "flood");

  /**
   * The queues whose consumers' sessions consumer-drop has the broker end, in turn: the bot's
   * commands and the chat node's replies, each consumed by a message-driven bean.
   */
  private static final List<String> DROPPED = List.of(Queues.STOCK, Queues.REPLY_PREFIX + "chat-1");

  /** How long the beans get to consume again after their sessions end, before the next end. */
  private static final Duration DROP_INTERVAL = Duration.ofSeconds(8);

  /** The fuzz's seed unless {@code --seed} names another: the same run, input for input. */
  static final long DEFAULT_SEED = 20261125L;

  /** The recorded price of the command every scenario asks: anything else is a wrong answer. */
  private static final String COMMAND = "/stock=AAPL.US";

  private static final String RIGHT_PRICE = "$232.87";

  private final int chatPort;
  private final String launcher;
  private final String stub;
  private final boolean quick;
  private final Path runDir;
  private final long seed;
  private final HttpClient http = HttpClient.newHttpClient();

  private Chaos(int chatPort, String launcher, String stub, boolean quick, Path runDir, long seed) {
    this.chatPort = chatPort;
    this.launcher = launcher;
    this.stub = stub;
    this.quick = quick;
    this.runDir = runDir;
    this.seed = seed;
  }

  public static void main(String[] args) {
    Logging.quiet();
    System.exit(run(List.of(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> scenarios = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--quick")) {
        options.put("--quick", "true");
      } else if (args.get(i).startsWith("--") && i + 1 < args.size()) {
        options.put(args.get(i), args.get(++i));
      } else {
        scenarios.add(args.get(i));
      }
    }
    if (scenarios.isEmpty()) {
      scenarios.addAll(SCENARIOS);
    }
    Chaos chaos;
    Path outDir;
    try {
      for (String scenario : scenarios) {
        if (!SCENARIOS.contains(scenario)) {
          throw new IllegalArgumentException(
              "no scenario " + scenario + "; there are " + SCENARIOS);
        }
      }
      chaos =
          new Chaos(
              Integer.parseInt(required(options, "--chat-port")),
              required(options, "--launcher"),
              required(options, "--stub"),
              options.containsKey("--quick"),
              Path.of(required(options, "--run-dir")),
              Long.parseLong(options.getOrDefault("--seed", String.valueOf(DEFAULT_SEED))));
      outDir = Path.of(required(options, "--out"));
      Files.createDirectories(outDir);
    } catch (Exception e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    boolean allPassed = true;
    for (String scenario : scenarios) {
      try {
        if (scenario.equals("fuzz")) {
          out.println("fuzz seed=" + chaos.seed + " (--seed " + chaos.seed + " repeats this run)");
        }
        var result = chaos.play(scenario);
        out.println(result.line() + (result.passed() ? "" : "  FAILED"));
        Files.writeString(
            outDir.resolve(scenario + ".json"), result.json(), StandardCharsets.UTF_8);
        allPassed &= result.passed();
      } catch (Exception e) {
        err.println("scenario=" + scenario + " could not run: " + e);
        allPassed = false;
      }
    }
    return allPassed ? 0 : 1;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /** What a scenario prints (one line), whether it passed, and its file. */
  record Result(String line, boolean passed, String json) {}

  private Result play(String scenario) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    if (scenario.equals("fuzz")) {
      return new Fuzz(chatPort, runDir, seed, quick, run).play();
    }
    if (scenario.equals("flood")) {
      return new Flood(chatPort, quick, run, COMMAND, RIGHT_PRICE).play();
    }
    Duration length =
        Duration.ofSeconds(
            switch (scenario) {
              case "bot-kill" -> quick ? 30 : 60;
              case "consumer-drop" -> quick ? 20 : 60;
              default -> quick ? 15 : 60;
            });
    // Afterwards every part is healthy again: users must get answers again without anyone's help.
    Duration recovery = Duration.ofSeconds(25);
    int users = quick ? 4 : 10;
    var sessionsEnded = new AtomicInteger();
    try (var traffic = new Traffic(chatPort, run, users)) {
      CompletableFuture<Void> breaking =
          CompletableFuture.runAsync(
              () -> {
                try {
                  switch (scenario) {
                    case "bot-kill" -> killAndRestart("bot-1");
                    case "broker-kill" -> killAndRestart("broker");
                    case "chat-kill" -> killAndRestart("chat-1");
                    case "consumer-drop" -> endConsumerSessions(length, sessionsEnded);
                    default -> cycleTheProvider(length);
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      // The users go on for the scenario's length, and for the recovery after the broken part is
      // back, however long its restart took (a chat node takes far longer than a broker).
      long planned = System.nanoTime() + length.plus(recovery).toNanos();
      var until = new AtomicLong(Long.MAX_VALUE);
      breaking.whenComplete(
          (done, failed) -> until.set(Math.max(planned, System.nanoTime() + recovery.toNanos())));
      drive(traffic, until, quick ? 10 : 100, quick ? 5 : 20, COMMAND);
      long recoveredSince = System.currentTimeMillis() - 5_000;
      breaking.get(5, TimeUnit.MINUTES);
      // Whatever is still in flight gets the chat's full patience, and a little more.
      Thread.sleep(20_000);
      var stored = traffic.stored();
      var verdict = traffic.history.verdict(stored, traffic.pages(), RIGHT_PRICE, recoveredSince);
      boolean reconnected = !scenario.equals("chat-kill") || traffic.disconnected() == 0;
      return new Result(
          verdict.line(scenario)
              + (scenario.equals("chat-kill")
                  ? " reconnects="
                      + traffic.reconnects()
                      + " still_offline="
                      + traffic.disconnected()
                  : "")
              + (scenario.equals("consumer-drop") ? " sessions_ended=" + sessionsEnded : ""),
          verdict.passed() && reconnected,
          traffic.history.json(scenario, verdict, stored, traffic.pages(), RIGHT_PRICE));
    } finally {
      provider("healthy");
    }
  }

  /** Commands and chat messages at fixed rates (open loop) for {@code length}. */
  static void drive(
      Traffic traffic,
      Duration length,
      int commandsPerSecond,
      int messagesPerSecond,
      String command)
      throws InterruptedException {
    drive(
        traffic,
        new AtomicLong(System.nanoTime() + length.toNanos()),
        commandsPerSecond,
        messagesPerSecond,
        command);
  }

  /** The same until {@code until} (System.nanoTime), which may move while it runs. */
  static void drive(
      Traffic traffic,
      AtomicLong until,
      int commandsPerSecond,
      int messagesPerSecond,
      String command)
      throws InterruptedException {
    var scheduler = Executors.newScheduledThreadPool(2);
    var commands = new AtomicInteger();
    var messages = new AtomicInteger();
    scheduler.scheduleAtFixedRate(
        () -> traffic.ask(commands.getAndIncrement(), command),
        0,
        1_000_000 / commandsPerSecond,
        TimeUnit.MICROSECONDS);
    scheduler.scheduleAtFixedRate(
        () -> traffic.say(messages.getAndIncrement()),
        0,
        1_000_000 / messagesPerSecond,
        TimeUnit.MICROSECONDS);
    while (System.nanoTime() < until.get()) {
      Thread.sleep(100);
    }
    scheduler.shutdownNow();
    scheduler.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** SIGKILL a part a few seconds in, and start it again five seconds later. */
  private void killAndRestart(String part) throws Exception {
    Thread.sleep(3_000);
    launch("kill", part);
    Thread.sleep(5_000);
    launch("start", part);
  }

  /**
   * Has the broker end the sessions of the beans consuming {@link #DROPPED}, one queue after the
   * other, a few seconds in and then every {@link #DROP_INTERVAL} for {@code length}.
   */
  private void endConsumerSessions(Duration length, AtomicInteger ended) throws Exception {
    long end = System.nanoTime() + length.toNanos();
    Thread.sleep(3_000);
    while (System.nanoTime() < end) {
      BrokerFaults.endSessionsConsuming(runDir, DROPPED.get(ended.get() % DROPPED.size()));
      ended.incrementAndGet();
      Thread.sleep(DROP_INTERVAL.toMillis());
    }
  }

  /** Slow, hanging, HTML, Access denied, truncated, 5xx, healthy, … in turn; healthy at the end. */
  private void cycleTheProvider(Duration length) throws Exception {
    List<String> modes =
        List.of("slow", "hang", "html", "denied", "truncated", "error_500", "healthy");
    long end = System.nanoTime() + length.toNanos();
    for (int i = 0; System.nanoTime() < end; i++) {
      provider(modes.get(i % modes.size()));
      Thread.sleep(1_500);
    }
    provider("healthy");
  }

  private void provider(String mode) throws Exception {
    http.send(
        HttpRequest.newBuilder(URI.create(stub + "/control/mode?set=" + mode.toUpperCase()))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private void launch(String... arguments) throws Exception {
    var command = new ArrayList<String>();
    command.add(launcher);
    command.addAll(List.of(arguments));
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + printed);
    }
  }
}
