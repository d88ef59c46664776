package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.amqp.Broker;
import dev.finchat.amqp.BrokerLink;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nodes' sending link against a real broker that goes away and comes back. */
class BrokerLinkTest {

  @TempDir Path data;

  private EmbeddedBroker broker;

  @AfterEach
  void stopBroker() {
    if (broker != null) {
      broker.stop();
    }
  }

  @Test
  void refusesAtOnceWhileTheBrokerIsGoneAndSendsAgainOnceItIsBack() throws Exception {
    int port = EmbeddedBroker.freePort();
    broker = new EmbeddedBroker(port, data);
    broker.start();
    try (var link = new BrokerLink(broker.url(), "guest", "guest")) {
      send(link, "before");
      assertEquals(Optional.empty(), link.problem());

      broker.stop();
      waitUntil(() -> !link.reachable(), "the link noticed the broker is gone");
      assertThrows(BrokerLink.BrokerUnreachable.class, () -> send(link, "while gone"));
      assertTrue(link.problem().isPresent());

      broker = new EmbeddedBroker(port, data);
      broker.start();
      waitUntil(link::reachable, "the link reconnected by itself");
      send(link, "after");

      assertEquals("before", receive(port));
      assertEquals("after", receive(port));
    }
  }

  @Test
  void aNodeStartedWithoutItsBrokerFailsASendInsteadOfWaiting() {
    int port = EmbeddedBroker.freePort();
    try (var link = new BrokerLink("amqp://127.0.0.1:" + port, "guest", "guest")) {
      assertTrue(link.reachable(), "nothing is known before the first send");
      assertTrue(link.problem().isPresent(), "a problem is found by connecting");
      var refused = assertThrows(JMSException.class, () -> send(link, "nobody listens"));
      assertFalse(refused instanceof BrokerLink.BrokerUnreachable, refused.toString());
    }
  }

  private static void send(BrokerLink link, String text) throws JMSException {
    try (var connection = link.connection();
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var producer = session.createProducer(session.createQueue(Broker.queueAddress("link")))) {
      producer.send(session.createTextMessage(text));
    }
  }

  private static String receive(int port) throws JMSException {
    var factory =
        new JmsConnectionFactory("amqp://127.0.0.1:" + port + "?" + Broker.CLIENT_OPTIONS);
    try (var connection = factory.createConnection("guest", "guest");
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var consumer = session.createConsumer(session.createQueue(Broker.queueAddress("link")))) {
      connection.start();
      var message = (TextMessage) consumer.receive(5_000);
      return message == null ? null : message.getText();
    }
  }

  private static void waitUntil(BooleanSupplier condition, String what) throws Exception {
    var deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("never happened: " + what);
      }
      Thread.sleep(50);
    }
  }
}
