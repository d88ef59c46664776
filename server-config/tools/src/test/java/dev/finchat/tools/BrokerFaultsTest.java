package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.finchat.amqp.Broker;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker ends the sessions of a queue's consumers on request, without closing the
 * consumers first; a connection consumer from the message-driven beans' JNDI context hears it, one
 * of plain Qpid JMS does not. A run's broker is found from its run directory, as the launcher wrote
 * it.
 */
class BrokerFaultsTest {

  private static final String QUEUE = "finchat.faults-test";

  @TempDir Path data;

  private EmbeddedBroker broker;
  private final BlockingQueue<JMSException> heard = new ArrayBlockingQueue<>(8);

  @BeforeEach
  void startBroker() throws Exception {
    broker = new EmbeddedBroker(EmbeddedBroker.freePort(), data);
    broker.start();
  }

  @AfterEach
  void stopBroker() {
    System.clearProperty(Broker.URL);
    broker.stop();
  }

  @Test
  void aBeansConnectionConsumerHearsTheBrokerEndItsSession() throws Exception {
    try (var connection = consuming(beansFactory())) {
      BrokerFaults.endSessionsConsuming(broker.url(), QUEUE);

      var failure = heard.poll(10, TimeUnit.SECONDS);
      assertNotNull(failure, "nothing heard: the bean would stay deaf");
      assertEquals("Connection Consumer remotely closed", failure.getMessage());
    }
  }

  @Test
  void theEmbeddedBrokerARunOwnsEndsTheSessions(@TempDir Path runDir) throws Exception {
    Files.writeString(runDir.resolve("broker.url"), broker.url());
    Files.writeString(runDir.resolve("broker.embedded"), "5672\n");

    try (var connection = consuming(beansFactory())) {
      BrokerFaults.endSessionsConsuming(runDir, QUEUE);

      var failure = heard.poll(10, TimeUnit.SECONDS);
      assertNotNull(failure, "nothing heard: the bean would stay deaf");
      assertEquals("Connection Consumer remotely closed", failure.getMessage());
    }
  }

  @Test
  void aRunWithoutABrokerOfItsOwnHasNoneToBreak(@TempDir Path runDir) throws Exception {
    Files.writeString(runDir.resolve("broker.url"), broker.url());

    assertThrows(
        IllegalStateException.class, () -> BrokerFaults.endSessionsConsuming(runDir, QUEUE));
  }

  @Test
  void rabbitMqIsNotAskedAboutAQueueNameThatIsNone(@TempDir Path runDir) throws Exception {
    Files.writeString(runDir.resolve("broker.embedded"), "5672\n");
    Files.writeString(runDir.resolve("broker.rabbitmq"), "");

    assertThrows(
        IllegalArgumentException.class,
        () -> BrokerFaults.endSessionsConsuming(runDir, "q\">>), halt(), <<\""));
  }

  @Test
  void plainQpidJmsDoesNotHearIt() throws Exception {
    try (var connection = consuming(new JmsConnectionFactory(broker.url()))) {
      BrokerFaults.endSessionsConsuming(broker.url(), QUEUE);

      assertNull(heard.poll(3, TimeUnit.SECONDS));
    }
  }

  /** The connection factory the message-driven beans find in their JNDI context. */
  private ConnectionFactory beansFactory() throws Exception {
    System.setProperty(Broker.URL, broker.url());
    var properties = new Properties();
    for (String entry : (Broker.JNDI_PARAMETERS + "queue.consumed=" + QUEUE).split(";")) {
      int equals = entry.indexOf('=');
      properties.setProperty(entry.substring(0, equals), entry.substring(equals + 1));
    }
    return (ConnectionFactory) new InitialContext(properties).lookup(Broker.CONNECTION_FACTORY);
  }

  /** A started connection with a connection consumer of {@link #QUEUE}, as the adapter makes. */
  private Connection consuming(ConnectionFactory factory) throws JMSException {
    var connection = factory.createConnection();
    connection.setExceptionListener(heard::add);
    var session = connection.createSession();
    connection.createConnectionConsumer(session.createQueue(QUEUE), null, () -> null, 1);
    session.close();
    connection.start();
    return connection;
  }
}
