package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerTest {

  private static final String TEST_QUEUE = "/amq/queue/finchat.test";

  @TempDir Path data;
  private EmbeddedBroker broker;

  @AfterEach
  void stop() {
    if (broker != null) {
      broker.stop();
    }
  }

  @Test
  void carriesAMessageThroughAQueueAddressedAsOnRabbitMq() throws Exception {
    broker = new EmbeddedBroker(EmbeddedBroker.freePort(), data);
    broker.start();

    send(broker.url(), "hello", DeliveryMode.NON_PERSISTENT);

    assertEquals("hello", receive(broker.url()).getText());
  }

  @Test
  void keepsPersistentMessagesAcrossARestart() throws Exception {
    int port = EmbeddedBroker.freePort();
    broker = new EmbeddedBroker(port, data);
    broker.start();
    send(broker.url(), "still here", DeliveryMode.PERSISTENT);
    broker.stop();

    broker = new EmbeddedBroker(port, data);
    broker.start();

    assertEquals("still here", receive(broker.url()).getText());
  }

  @Test
  void refusesToStartOnAPortThatIsTaken() throws Exception {
    try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      var occupied = new EmbeddedBroker(taken.getLocalPort(), data);

      var failure = assertThrows(IllegalStateException.class, occupied::start);
      assertTrue(
          failure.getMessage().contains("port " + taken.getLocalPort()), failure.getMessage());
    }
  }

  @Test
  void saysWhereItListens() {
    assertEquals("amqp://127.0.0.1:5999", new EmbeddedBroker(5999, data).url());
    assertThrows(IllegalArgumentException.class, () -> new EmbeddedBroker(0, data));
  }

  private static void send(String url, String text, int deliveryMode) throws JMSException {
    try (var connection = new JmsConnectionFactory(url).createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      var producer = session.createProducer(session.createQueue(TEST_QUEUE));
      producer.setDeliveryMode(deliveryMode);
      producer.send(session.createTextMessage(text));
    }
  }

  private static TextMessage receive(String url) throws JMSException {
    try (var connection =
        new JmsConnectionFactory(url + "?jms.receiveLocalOnly=true").createConnection()) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      Message message = session.createConsumer(session.createQueue(TEST_QUEUE)).receive(5000);
      return assertInstanceOf(TextMessage.class, message);
    }
  }
}
