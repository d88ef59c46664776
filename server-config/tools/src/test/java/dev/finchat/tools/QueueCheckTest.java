package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;

/** The launcher's check of a configured broker, against brokers that have the queues or not. */
class QueueCheckTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void aSystemUsesTheBotsQueuesTheDeadLettersEachChatNodesRepliesAndTheProbes() {
    assertEquals(
        List.of(
            "finchat.stock",
            "finchat.day_range",
            "finchat.card",
            "finchat.dead_letter",
            "finchat.replies.chat-1",
            "finchat.replies.chat-2",
            "finchat.replies.probe"),
        QueueCheck.queuesFor(2));
  }

  @Test
  void aBrokerWithEveryQueueIsReady() throws Exception {
    Logging.off("org.apache.qpid.jms.JmsConnection");
    var broker =
        new EmbeddedBroker(EmbeddedBroker.freePort(), Files.createTempDirectory("finchat-broker"));
    broker.start();
    try {
      assertEquals(QueueCheck.READY, QueueCheck.run(new String[] {"--broker", broker.url()}, err));
      assertEquals("", printed.toString(StandardCharsets.UTF_8));
    } finally {
      broker.stop();
    }
  }

  @Test
  void aBrokerLackingQueuesIsRefusedWithTheirNamesAndTheCommandThatDeclaresThem() throws Exception {
    int port = EmbeddedBroker.freePort();
    var broker = declaredQueuesOnly(port, "finchat.stock", "finchat.dead_letter");
    try {
      int exit =
          QueueCheck.run(
              new String[] {"--broker", "amqp://127.0.0.1:" + port, "--chat-nodes", "1"}, err);

      assertEquals(QueueCheck.QUEUES_MISSING, exit);
      assertEquals(
          "the broker at amqp://127.0.0.1:"
              + port
              + " has no queue finchat.day_range, finchat.card, finchat.replies.chat-1, finchat.replies.probe:"
              + " on the machine that runs it, './finchat rabbitmq' declares finchat's queues and"
              + " policies; then start again\n",
          printed.toString(StandardCharsets.UTF_8));
    } finally {
      broker.stop();
    }
  }

  @Test
  void aBrokerThatIsNotThereIsSaidSo() {
    int port = EmbeddedBroker.freePort();

    int exit = QueueCheck.run(new String[] {"--broker", "amqp://127.0.0.1:" + port}, err);

    assertEquals(QueueCheck.BROKER_UNAVAILABLE, exit);
    String said = printed.toString(StandardCharsets.UTF_8);
    assertTrue(said.startsWith("nothing answers at amqp://127.0.0.1:" + port + " ("), said);
  }

  /**
   * An Artemis that creates nothing on first use, as RabbitMQ does not: only the named queues are
   * there, at RabbitMQ's addresses.
   */
  private static EmbeddedActiveMQ declaredQueuesOnly(int port, String... queues) throws Exception {
    var configuration =
        new ConfigurationImpl()
            .setName("declared-only")
            .setPersistenceEnabled(false)
            .setSecurityEnabled(false)
            .setJMXManagementEnabled(false)
            .addAcceptorConfiguration(
                "amqp", "tcp://127.0.0.1:" + port + "?protocols=AMQP;anycastPrefix=/amq/queue/");
    configuration.addAddressSetting(
        "#", new AddressSettings().setAutoCreateAddresses(false).setAutoCreateQueues(false));
    for (String queue : queues) {
      configuration.addQueueConfiguration(
          QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
    }
    var server = new EmbeddedActiveMQ();
    server.setConfiguration(configuration);
    server.start();
    return server;
  }
}
