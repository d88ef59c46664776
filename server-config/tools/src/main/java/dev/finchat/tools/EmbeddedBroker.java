package dev.finchat.tools;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The broker finchat runs with when no other is configured: an embedded Apache ActiveMQ Artemis
 * with one AMQP 1.0 acceptor that speaks RabbitMQ's address forms ({@code /amq/queue/<q>}, {@code
 * /topic/<key>}), so the nodes need no other change than the URL. Queues are created on first use
 * and messages persist across restarts.
 */
public final class EmbeddedBroker {

  private final int port;
  private final Path dataDirectory;
  private EmbeddedActiveMQ server;

  public EmbeddedBroker(int port, Path dataDirectory) {
    this.port = port;
    this.dataDirectory = dataDirectory;
  }

  public static void main(String[] args) throws Exception {
    Logging.quiet();
    var options = Options.parse(args);
    var broker =
        new EmbeddedBroker(
            options.intValue("--port", 5672),
            Path.of(
                options.value("--data-dir", System.getProperty("user.home") + "/.finchat/broker")));
    broker.start();
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

  public void start() throws Exception {
    Logging.quiet();
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
                "amqp",
                "tcp://127.0.0.1:"
                    + port
                    + "?protocols=AMQP;anycastPrefix=/amq/queue/;multicastPrefix=/topic/");
    configuration.addAddressSetting(
        "#",
        new AddressSettings()
            .setAutoCreateAddresses(true)
            .setAutoCreateQueues(true)
            .setDefaultAddressRoutingType(RoutingType.ANYCAST)
            .setDefaultQueueRoutingType(RoutingType.ANYCAST));
    server = new EmbeddedActiveMQ();
    server.setConfiguration(configuration);
    server.start();
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
    return "amqp://127.0.0.1:" + port;
  }
}
