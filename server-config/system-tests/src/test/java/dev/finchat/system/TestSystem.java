package dev.finchat.system;

import dev.finchat.tools.EmbeddedBroker;
import dev.finchat.tools.QuoteStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * What the integration tests run against, started once before any test (and so before Arquillian
 * starts Payara Micro): the quote provider stub and the broker — the embedded one, unless {@code
 * FINCHAT_TEST_BROKER_URL} names another. In CI a configured broker is required: the broker tests
 * must fail, not silently fall back, when RabbitMQ is missing.
 */
public class TestSystem implements LauncherSessionListener {

  static final String CONFIGURED_BROKER = "FINCHAT_TEST_BROKER_URL";

  /**
   * A PostgreSQL server the "configured" system stores in, as a JDBC URL with the credentials of a
   * user who may create databases and roles; each run gets a database of its own.
   */
  static final String CONFIGURED_DATABASE = "FINCHAT_TEST_DB_URL";

  private static final Map<String, RunningSystem> SYSTEMS = new ConcurrentHashMap<>();

  private EmbeddedBroker broker;
  private QuoteStub stub;

  /**
   * The whole system on the embedded broker ({@code "embedded"}; {@code "chaos"} is a second one
   * for the fault suite alone, {@code "chaos-rabbitmq"} its twin on a RabbitMQ node of its own), on
   * the configured broker and database ({@code "configured"}), or scaled out to two chat and two
   * bot nodes ({@code "scaled"}), started by the first test that needs it and shared by the rest of
   * the run.
   */
  static synchronized RunningSystem system(String broker) {
    // The configured and the scaled system would share the configured broker's queues (both name
    // their first chat node chat-1, so each would take the other's answers): one at a time.
    String rival =
        switch (broker) {
          case "scaled" -> "configured";
          case "configured" -> "scaled";
          default -> "";
        };
    var running = SYSTEMS.get(rival);
    if (running != null && running.brokerIsConfigured()) {
      SYSTEMS.remove(rival);
      running.down();
    }
    return SYSTEMS.computeIfAbsent(
        broker,
        name -> {
          try {
            var system =
                switch (name) {
                  case "embedded" -> new RunningSystem(name, null, Optional.empty());
                    // The fault suite's own: it kills parts and trips every limit (a fuzz's failed
                    // sign-ins lock its address out for 15 minutes), so nothing else shares it.
                  case "chaos" -> new RunningSystem(name, null, Optional.empty());
                    // The fault suite's scenarios that break the broker or lean on it, on a
                    // RabbitMQ
                    // node the run owns (up --rabbitmq), so that it may be killed.
                  case "chaos-rabbitmq" ->
                      new RunningSystem(name, null, Optional.empty(), "--rabbitmq");
                  case "configured" ->
                      new RunningSystem(
                          name, configuredBrokerUrl().orElseThrow(), configuredDatabaseUrl());
                    // Scale-out: two chat nodes behind the proxy and two bot nodes, on PostgreSQL.
                  case "scaled" ->
                      new RunningSystem(
                          name,
                          configuredBrokerUrl().orElse(null),
                          Optional.of(configuredDatabaseUrl().orElseThrow()),
                          "--chat-nodes",
                          "2",
                          "--bot-nodes",
                          "2");
                  default -> throw new IllegalArgumentException("no system " + name);
                };
            system.up();
            return system;
          } catch (Exception e) {
            throw new IllegalStateException("could not start the " + name + " system", e);
          }
        });
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String stubPort = System.getProperty("finchat.test.stubPort");
    if (stubPort == null) {
      return; // not the integration-test run
    }
    try {
      String brokerUrl;
      if (configuredBrokerUrl().isPresent()) {
        brokerUrl = configuredBrokerUrl().get();
      } else if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI must run the broker tests on RabbitMQ, but " + CONFIGURED_BROKER + " is not set");
      } else {
        Path data = Files.createTempDirectory("finchat-test-broker");
        broker =
            new EmbeddedBroker(
                Integer.parseInt(System.getProperty("finchat.test.brokerPort")), data);
        broker.start();
        brokerUrl = broker.url();
      }
      System.setProperty("finchat.test.brokerUrl", brokerUrl);
      // Each run of the in-container tests starts on an empty database.
      System.setProperty(
          "finchat.test.dbName",
          Files.createTempDirectory("finchat-test-db").resolve("db").toString());
      stub = new QuoteStub(Integer.parseInt(stubPort));
      stub.start();
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the test system", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    SYSTEMS.values().forEach(RunningSystem::down);
    SYSTEMS.clear();
    if (stub != null) {
      stub.stop();
    }
    if (broker != null) {
      broker.stop();
    }
  }

  /** The configured system runs on PostgreSQL when there is one; in CI there must be. */
  static Optional<String> configuredDatabaseUrl() {
    var url = Optional.ofNullable(System.getenv(CONFIGURED_DATABASE)).filter(u -> !u.isBlank());
    if (url.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI must run the configured system on PostgreSQL, but "
              + CONFIGURED_DATABASE
              + " is not set");
    }
    return url;
  }

  static Optional<String> configuredBrokerUrl() {
    return Optional.ofNullable(System.getenv(CONFIGURED_BROKER)).filter(url -> !url.isBlank());
  }

  static String brokerUrl() {
    return System.getProperty("finchat.test.brokerUrl");
  }

  static String deployDir() {
    return System.getProperty("finchat.test.deployDir");
  }

  static String projectDir() {
    return System.getProperty("finchat.test.projectDir");
  }

  static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
