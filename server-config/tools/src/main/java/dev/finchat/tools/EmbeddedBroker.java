package dev.finchat.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The broker finchat runs with when no other is configured: an embedded Apache ActiveMQ Artemis
 * with one AMQP 1.0 acceptor that speaks RabbitMQ's address forms ({@code /amq/queue/<q>}, {@code
 * /topic/<key>}), so the nodes need no other change than the URL. Queues are created on first use
 * and messages persist across restarts. It makes faults on request ({@link BrokerFaults}).
 */
public final class EmbeddedBroker {

  static final String HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 5672;
  private static final String ACCEPTOR = "amqp";

  private final int port;
  private final Path dataDirectory;
  private EmbeddedActiveMQ server;

  /**
   * A broker on {@code 127.0.0.1:port} keeping its messages under {@code dataDirectory}. Artemis
   * cannot listen on port 0: tests take one from {@link #freePort()}.
   */
  public EmbeddedBroker(int port, Path dataDirectory) {
    if (port <= 0 || port > 65535) {
      throw new IllegalArgumentException("the broker needs a port from 1 to 65535, not " + port);
    }
    this.port = port;
    this.dataDirectory = dataDirectory;
  }

  public static void main(String[] args) throws InterruptedException {
    Logging.quiet();
    EmbeddedBroker broker;
    try {
      var options = Options.parse(args);
      broker =
          new EmbeddedBroker(
              options.intValue("--port", DEFAULT_PORT),
              Path.of(
                  options.value(
                      "--data-dir", System.getProperty("user.home") + "/.finchat/broker")));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: EmbeddedBroker [--port 5672] [--data-dir ~/.finchat/broker]");
      System.exit(2);
      return;
    }
    try {
      broker.start();
    } catch (Exception e) {
      System.err.println("finchat broker could not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  broker.stop();
                  stopped.countDown();
                }));
    System.out.println("finchat broker ready on " + broker.url());
    stopped.await();
  }

  /** A port on the loopback interface that nothing listens on right now. */
  public static int freePort() {
    try (var socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    }
  }

  public void start() throws Exception {
    Logging.quiet();
    // Checked first because Artemis only logs a failed acceptor, with a stack trace, and starts
    // anyway: a broker nobody can reach must not report itself ready.
    requirePortFree();
    Configuration configuration =
        new ConfigurationImpl()
            .setName("finchat")
            .setPersistenceEnabled(true)
            .setJournalType(JournalType.NIO)
            .setJournalDirectory(dataDirectory.resolve("journal").toString())
            .setBindingsDirectory(dataDirectory.resolve("bindings").toString())
            .setPagingDirectory(dataDirectory.resolve("paging").toString())
            .setLargeMessagesDirectory(dataDirectory.resolve("large-messages").toString())
            .setSecurityEnabled(false)
            .setJMXManagementEnabled(false)
            .addAcceptorConfiguration(
                ACCEPTOR,
                "tcp://"
                    + HOST
                    + ":"
                    + port
                    + "?protocols=AMQP;anycastPrefix=/amq/queue/;multicastPrefix=/topic/");
    configuration.addAddressSetting(
        "#",
        new AddressSettings()
            .setAutoCreateAddresses(true)
            .setAutoCreateQueues(true)
            .setDefaultAddressRoutingType(RoutingType.ANYCAST)
            .setDefaultQueueRoutingType(RoutingType.ANYCAST)
            // Empty, not absent: expired and undeliverable messages are dropped, as RabbitMQ does
            // without a dead-letter exchange, and Artemis stops warning about it for every queue.
            .setDeadLetterAddress(SimpleString.of(""))
            .setExpiryAddress(SimpleString.of("")));
    // Requests for faults are acted on as they are sent: an address without a queue stores none.
    configuration.addAddressConfiguration(
        new CoreAddressConfiguration()
            .setName(BrokerFaults.END_SESSIONS)
            .addRoutingType(RoutingType.ANYCAST));
    configuration.registerBrokerPlugin(new BrokerFaults());
    server = new EmbeddedActiveMQ();
    server.setConfiguration(configuration);
    server.start();
    var acceptor = server.getActiveMQServer().getRemotingService().getAcceptor(ACCEPTOR);
    if (acceptor == null || !acceptor.isStarted()) {
      stop();
      throw new IllegalStateException("could not listen on " + url());
    }
  }

  private void requirePortFree() {
    try (var socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(HOST, port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "port " + port + " on " + HOST + " is in use (another broker, e.g. RabbitMQ?)", e);
    }
  }

  public void stop() {
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        System.err.println("finchat broker: could not stop cleanly: " + e.getMessage());
      }
      server = null;
    }
  }

  public String url() {
    return "amqp://" + HOST + ":" + port;
  }
}
