package dev.finchat.system;

import dev.finchat.tools.QuoteStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * What the integration tests run against, started once before any test (and so before Arquillian
 * starts Payara Micro): the quote provider stub, and RabbitMQ — a node of the test run's own, as
 * {@code ./finchat broker --rabbitmq} starts it, unless {@code FINCHAT_TEST_BROKER_URL} names one —
 * and, once a test needs it, PostgreSQL: a server of the run's own ({@link PostgresServer}) unless
 * {@code FINCHAT_TEST_DB_URL} names one. Nothing is skipped for a missing part: a run without
 * RabbitMQ or PostgreSQL installed fails and says which.
 */
public class TestSystem implements LauncherSessionListener {

  /** A RabbitMQ to use instead of the run's own node, as an AMQP URL. */
  static final String CONFIGURED_BROKER = "FINCHAT_TEST_BROKER_URL";

  /**
   * A PostgreSQL server to use instead of the run's own, as a JDBC URL with the credentials of a
   * user who may create databases and roles; each system gets a database of its own.
   */
  static final String CONFIGURED_DATABASE = "FINCHAT_TEST_DB_URL";

  private static final Map<String, RunningSystem> SYSTEMS = new ConcurrentHashMap<>();

  /** AMQP's standard port, which a machine's own RabbitMQ often holds. */
  static final int AMQP_PORT = 5672;

  private static PostgresServer postgres;

  private RunningSystem rabbitmq;
  private QuoteStub stub;
  private ServerSocket amqpPortHolder;

  /**
   * The whole system on the embedded broker ({@code "embedded"}; {@code "chaos"} is a second one
   * for the fault suite alone, {@code "chaos-rabbitmq"} its twin on a RabbitMQ node of its own), on
   * the test run's RabbitMQ and PostgreSQL ({@code "configured"}), or scaled out there to two chat
   * and two bot nodes ({@code "scaled"}), started by the first test that needs it and shared by the
   * rest of the run.
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
                    // Its broker's port is left to the launcher, with AMQP's port held (see
                    // holdAmqpPort): what a user with a RabbitMQ of their own meets.
                  case "embedded" ->
                      new RunningSystem(name, null, Optional.empty()).withDefaultBrokerPort();
                    // The fault suite's own: it kills parts and trips every limit (a fuzz's failed
                    // sign-ins lock its address out for 15 minutes), so nothing else shares it.
                  case "chaos" -> new RunningSystem(name, null, Optional.empty());
                    // The fault suite's scenarios that break the broker or lean on it, and
                    // ConsumerSessionEndIT, on a RabbitMQ node the run owns (up --rabbitmq), so
                    // that it may be killed or made to end sessions.
                  case "chaos-rabbitmq" ->
                      new RunningSystem(name, null, Optional.empty(), "--rabbitmq");
                  case "configured" ->
                      new RunningSystem(name, brokerUrl(), Optional.of(configuredDatabaseUrl()));
                    // Scale-out: two chat nodes behind the proxy and two bot nodes, on PostgreSQL.
                  case "scaled" ->
                      new RunningSystem(
                          name,
                          brokerUrl(),
                          Optional.of(configuredDatabaseUrl()),
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
      if (configuredBrokerEnvironment().isPresent()) {
        brokerUrl = configuredBrokerEnvironment().get();
      } else {
        rabbitmq =
            new RunningSystem("rabbitmq", null, Optional.empty())
                .with("FINCHAT_BROKER_PORT", System.getProperty("finchat.test.brokerPort"));
        rabbitmq.run(Duration.ofMinutes(5), "broker", "--rabbitmq");
        brokerUrl = rabbitmq.brokerUrl();
      }
      System.setProperty("finchat.test.brokerUrl", brokerUrl);
      // Each run of the in-container tests starts on an empty database.
      System.setProperty(
          "finchat.test.dbName",
          Files.createTempDirectory("finchat-test-db").resolve("db").toString());
      stub = new QuoteStub(Integer.parseInt(stubPort));
      stub.start();
      holdAmqpPort();
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the test system", e);
    }
  }

  /**
   * Makes sure something listens on {@link #AMQP_PORT} for the whole run, as on a machine whose
   * RabbitMQ holds it: when nothing does, a socket that accepts and says nothing.
   */
  private void holdAmqpPort() throws IOException {
    try {
      amqpPortHolder = new ServerSocket();
      amqpPortHolder.bind(new InetSocketAddress("127.0.0.1", AMQP_PORT));
    } catch (BindException heldAlready) {
      amqpPortHolder.close();
      amqpPortHolder = null;
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    SYSTEMS.values().forEach(RunningSystem::down);
    SYSTEMS.clear();
    if (rabbitmq != null) {
      rabbitmq.down();
    }
    synchronized (TestSystem.class) {
      if (postgres != null) {
        postgres.stop();
        postgres = null;
      }
    }
    try {
      if (amqpPortHolder != null) {
        amqpPortHolder.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stub != null) {
      stub.stop();
    }
  }

  /**
   * The PostgreSQL server the "configured" and "scaled" systems store in, as the JDBC URL of a user
   * who may create databases: the one {@code FINCHAT_TEST_DB_URL} names, or the run's own, started
   * by the first test that asks.
   */
  static synchronized String configuredDatabaseUrl() {
    var named = Optional.ofNullable(System.getenv(CONFIGURED_DATABASE)).filter(u -> !u.isBlank());
    if (named.isPresent()) {
      return named.get();
    }
    if (postgres == null) {
      try {
        postgres = PostgresServer.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return postgres.adminUrl();
  }

  private static Optional<String> configuredBrokerEnvironment() {
    return Optional.ofNullable(System.getenv(CONFIGURED_BROKER)).filter(url -> !url.isBlank());
  }

  /** The RabbitMQ of the in-container tests and of the "configured" and "scaled" systems. */
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
