package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.amqp.Broker;
import dev.finchat.amqp.CommandProtocol;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probe against the embedded broker, with a responder standing in for the stock bot. */
class ProbeTest {

  private static EmbeddedBroker broker;
  private static Connection responder;

  @BeforeAll
  static void startBrokerAndResponder() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    broker = new EmbeddedBroker(port, Files.createTempDirectory("finchat-broker"));
    broker.start();
    responder = new JmsConnectionFactory(broker.url()).createConnection();
    Session session = responder.createSession(false, Session.AUTO_ACKNOWLEDGE);
    var producer = session.createProducer(null);
    session
        .createConsumer(session.createQueue(Broker.queueAddress(CommandProtocol.STOCK_QUEUE)))
        .setMessageListener(
            request -> {
              try {
                TextMessage reply =
                    session.createTextMessage(((TextMessage) request).getText() + " is fine.");
                reply.setJMSCorrelationID(request.getJMSCorrelationID());
                reply.setStringProperty(CommandProtocol.OUTCOME, CommandProtocol.QUOTE);
                producer.send(request.getJMSReplyTo(), reply);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    responder.start();
  }

  @AfterAll
  static void stop() throws Exception {
    responder.close();
    broker.stop();
  }

  @Test
  void getsTheReplyToItsOwnCommandThroughTheEmbeddedBroker() throws Exception {
    try (var probe = new Probe(broker.url())) {
      var reply = probe.ask("stock", "AAPL.US", Duration.ofSeconds(10)).orElseThrow();

      assertEquals("AAPL.US is fine.", reply.text());
      assertEquals(CommandProtocol.QUOTE, reply.outcome());
      assertEquals(
          "MSFT.US is fine.",
          probe.ask("stock", "MSFT.US", Duration.ofSeconds(10)).orElseThrow().text());
    }
  }

  @Test
  void readsOnlyKnownCommands() {
    assertEquals(
        new Probe.Command("stock", "AAPL.US"), Probe.Command.parse("/stock=AAPL.US").orElseThrow());
    assertTrue(Probe.Command.parse("/price=AAPL.US").isEmpty());
    assertTrue(Probe.Command.parse("stock=AAPL.US").isEmpty());
    assertTrue(Probe.Command.parse("/stock").isEmpty());
  }

  @Test
  void summarisesRoundTripsAsPercentiles() {
    var trips =
        List.of(
            Duration.ofMillis(4), Duration.ofMillis(2), Duration.ofMillis(9), Duration.ofMillis(3));

    assertEquals("round trips: n=4 p50=3.0ms p90=9.0ms p99=9.0ms max=9.0ms", Probe.summary(trips));
  }
}
