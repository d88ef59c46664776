package dev.finchat.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as a user starts it, with {@code ./finchat up}: its own run directory, database,
 * free ports, and the chosen broker (embedded when {@code brokerUrl} is null).
 */
final class RunningSystem {

  final String name;
  final int chatPort = TestSystem.freePort();
  final int botPort = TestSystem.freePort();
  private final int stubPort = TestSystem.freePort();
  private final Path runDir;
  private final Map<String, String> environment = new HashMap<>();

  /** The PostgreSQL database the chat node stores in; empty on Derby embedded. */
  final Optional<String> databaseUrl;

  private final Optional<String> postgres;

  /** What {@code ./finchat up} is given beyond {@code --stub}. */
  private final List<String> upOptions;

  private String upPrinted = "";

  /**
   * @param brokerUrl the broker to use, or null for the embedded one
   * @param postgres a PostgreSQL server (JDBC URL of a user who may create databases) to store in,
   *     in a database of this run's own; empty for Derby embedded
   */
  RunningSystem(String name, String brokerUrl, Optional<String> postgres, String... upOptions)
      throws Exception {
    this.name = name;
    this.upOptions = List.of(upOptions);
    runDir = Path.of(TestSystem.deployDir()).getParent().resolve("e2e-" + name);
    Files.createDirectories(runDir);
    environment.put("FINCHAT_RUN_DIR", runDir.toString());
    environment.put("FINCHAT_HTTP_PORT", String.valueOf(chatPort));
    environment.put("FINCHAT_BOT_HTTP_PORT", String.valueOf(botPort));
    environment.put("FINCHAT_STUB_PORT", String.valueOf(stubPort));
    // Short enough for a test to see the asker told that no bot answered.
    environment.put("FINCHAT_COMMAND_TIMEOUT", "PT10S");
    // Load tests (./finchat bench) send far more commands than a person may.
    environment.put("FINCHAT_COMMAND_LIMIT", "100000");
    // A provider's circuit breaker rests 2 s instead of 15 before its trial call (MP Config names).
    for (String provider : List.of("STOOQQUOTES", "FINNHUBQUOTES")) {
      environment.put(
          "DEV_FINCHAT_BOTS_QUOTES_CONTROL_" + provider + "_LOOKUP_CIRCUITBREAKER_DELAY", "2000");
    }
    environment.put("FINCHAT_PAYARA_JAR", TestSystem.deployDir() + "/payara-micro.jar");
    this.postgres = postgres;
    if (postgres.isPresent()) {
      databaseUrl = Optional.of(PostgresDatabase.createFresh(postgres.get(), "finchat_it_" + name));
      environment.put("FINCHAT_DB_URL", databaseUrl.get());
      environment.put("FINCHAT_DB_USER", PostgresDatabase.USER);
      environment.put("FINCHAT_DB_PASSWORD", PostgresDatabase.PASSWORD);
    } else {
      databaseUrl = Optional.empty();
      environment.put("FINCHAT_DB_NAME", runDir.resolve("db-" + System.nanoTime()).toString());
    }
    // Hashing at full strength is for production; here it would only slow the tests down.
    environment.put("FINCHAT_PASSWORD_ITERATIONS", "1024"); // the least Soteria accepts
    if (brokerUrl == null) {
      environment.put("FINCHAT_BROKER_PORT", String.valueOf(TestSystem.freePort()));
      environment.put("FINCHAT_BROKER_DATA", runDir.resolve("broker-data").toString());
    } else {
      environment.put("FINCHAT_BROKER_URL", brokerUrl);
    }
  }

  /** Runs {@code ./finchat} with {@code variable} set to {@code value} instead. */
  RunningSystem with(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  /**
   * Leaves the port of the system's own broker to {@code ./finchat up}, as a user does: AMQP's
   * port, or the next free one when something holds it.
   */
  RunningSystem withDefaultBrokerPort() {
    environment.remove("FINCHAT_BROKER_PORT");
    return this;
  }

  /** What {@code ./finchat up} printed when it started this system. */
  String upPrinted() {
    return upPrinted;
  }

  /** Whether this system runs on the configured broker rather than an embedded one of its own. */
  boolean brokerIsConfigured() {
    return environment.containsKey("FINCHAT_BROKER_URL");
  }

  /** Where {@code ./finchat} keeps this system's logs, PIDs and settings. */
  Path runDir() {
    return runDir;
  }

  /** The broker this system runs on, as its nodes reach it. */
  String brokerUrl() throws IOException {
    return Files.readString(runDir.resolve("broker.url")).trim();
  }

  /** How many quote requests the provider stub has served. */
  int stubRequests() throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stubPort + "/control/requests"))
            .build();
    return Integer.parseInt(
        HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.ofString())
            .body()
            .trim());
  }

  /** The port of chat node {@code n} (1, 2, …) of a system with several, behind the proxy. */
  int chatNodePort(int n) {
    return chatPort + n;
  }

  String url(String path) {
    return "http://localhost:" + chatPort + path;
  }

  /** The first bot node's readiness: its HTTP status and MicroProfile Health JSON. */
  HttpResponse<String> botReadiness() throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + botPort + "/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Runs {@code rabbitmqctl} on the RabbitMQ node this system's run owns ({@code up --rabbitmq} or
   * {@code broker --rabbitmq}): its node name and Erlang cookie are the run's, as the launcher
   * makes them.
   */
  String rabbitmqctl(String... arguments) throws Exception {
    String node = "finchat" + environment.get("FINCHAT_BROKER_PORT") + "@localhost";
    List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-n", node));
    if (Files.isExecutable(Path.of("/usr/lib/rabbitmq/bin/rabbitmqctl"))) {
      command.set(0, "/usr/lib/rabbitmq/bin/rabbitmqctl");
    }
    command.addAll(List.of(arguments));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("HOME", runDir.resolve("rabbitmq").toString());
    Process process = builder.start();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish within a minute");
    }
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new AssertionError(command + " exited " + process.exitValue() + ":\n" + printed);
    }
    return printed;
  }

  void up() throws Exception {
    try {
      var arguments = new ArrayList<String>(List.of("up", "--stub"));
      arguments.addAll(upOptions);
      // A bound, not a time: on a shared 2-core machine under load one node took over 4 minutes.
      String printed = run(Duration.ofMinutes(15), arguments.toArray(String[]::new));
      if (!printed.contains("finchat is up")) {
        throw new AssertionError(printed);
      }
      upPrinted = printed;
    } catch (AssertionError | Exception e) {
      printLogs();
      // up stops what it started when it fails, but not when it is killed for taking too long.
      down();
      throw e;
    }
  }

  void down() {
    try {
      run(Duration.ofMinutes(1), "down");
      if (databaseUrl.isPresent()) {
        PostgresDatabase.drop(postgres.orElseThrow(), databaseUrl.get());
      }
    } catch (Exception | AssertionError e) {
      System.err.println("could not stop the " + name + " system: " + e.getMessage());
    }
  }

  /** Runs {@code ./finchat} with this system's settings; fails on a non-zero exit. */
  String run(Duration timeout, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(TestSystem.projectDir() + "/finchat");
    command.addAll(List.of(arguments));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("FINCHAT_BROKER_URL");
    builder.environment().putAll(environment);
    Path output = Files.createTempFile(runDir, "finchat-", ".out");
    builder.redirectOutput(output.toFile());
    Process process = builder.start();
    String line = "./finchat " + String.join(" ", arguments);
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(line + " did not finish within " + timeout);
    }
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    System.out.println(line + " (" + name + ")\n" + printed);
    if (process.exitValue() != 0) {
      throw new AssertionError(line + " exited " + process.exitValue() + ":\n" + printed);
    }
    return printed;
  }

  void printLogs() throws IOException {
    try (var logs = Files.list(runDir)) {
      for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        System.out.println("==== " + log + " (last 80 lines)");
        lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(System.out::println);
      }
    }
  }
}
