package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.amqp.Broker;
import dev.finchat.tools.Probe;
import dev.finchat.wire.Commands;
import dev.finchat.wire.Queues;
import dev.finchat.wire.Replies;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bots as deployed: {@code bots.war} (the EJB module of {@code bots.ear}) on Payara Micro with
 * the AMQP adapter, answering commands sent through the real broker, with quotes from the
 * providers' stub.
 */
@ExtendWith(ArquillianExtension.class)
class BotsIT {

  /** Generous for the first command: the bean may still be connecting to the broker. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static Probe bots;

  @ArquillianResource URL base;

  /** As the bot node deploys it: Payara Micro has no EAR deployer (see bots-war). */
  @Deployment(testable = false)
  static WebArchive bots() {
    return ShrinkWrap.create(ZipImporter.class, "bots.war")
        .importFrom(new File(TestSystem.deployDir(), "bots.war"))
        .as(WebArchive.class);
  }

  @BeforeAll
  static void connect() throws Exception {
    bots = new Probe(TestSystem.brokerUrl());
  }

  @AfterAll
  static void disconnect() throws Exception {
    if (bots != null) {
      bots.close();
    }
  }

  @Test
  void answersAStockCommandWithTheClosePrice() throws Exception {
    var reply = bots.ask("stock", "AAPL.US", PATIENCE).orElseThrow();

    assertEquals("AAPL.US quote is $232.87 per share.", reply.text());
    assertEquals(Replies.ANSWER, reply.outcome());
  }

  @Test
  void saysSoWhenTheProviderKnowsNoSuchSymbol() throws Exception {
    var reply = bots.ask("stock", "NOSUCH.US", PATIENCE).orElseThrow();

    assertEquals("No quote found for NOSUCH.US.", reply.text());
    assertEquals(Replies.ERROR, reply.outcome());
  }

  @Test
  void neverTakesAnHtmlPageForAPrice() throws Exception {
    var reply = bots.ask("stock", "HTML.US", PATIENCE).orElseThrow();

    assertEquals("The quote service is unavailable, try again in a moment.", reply.text());
  }

  @Test
  void explainsAMalformedCodeWithAnExample() throws Exception {
    var reply = bots.ask("stock", "a b", PATIENCE).orElseThrow();

    assertEquals(
        "\"a b\" is not a stock code: use letters, digits and dots. For example: /stock=AAPL.US",
        reply.text());
  }

  @Test
  void answersADayRangeCommandWithTheDaysLowAndHigh() throws Exception {
    var reply = bots.ask("day_range", "AAPL.US", PATIENCE).orElseThrow();

    assertEquals("AAPL.US day range: low $229.02, high $233.45.", reply.text());
    assertEquals(Replies.ANSWER, reply.outcome());
  }

  @Test
  void theDayRangeBotSaysSoWhenFinnhubKnowsNoSuchSymbolOrAnswersGarbage() throws Exception {
    assertEquals(
        "No quote found for NOSUCH.US.",
        bots.ask("day_range", "NOSUCH.US", PATIENCE).orElseThrow().text());
    assertEquals(
        "The quote service is unavailable, try again in a moment.",
        bots.ask("day_range", "TRUNCATED.US", PATIENCE).orElseThrow().text());
  }

  @Test
  void answersACardCommandWithThePriceTheDaysRangeAndAChart() throws Exception {
    var reply = bots.ask("card", "AAPL.US", PATIENCE).orElseThrow();

    assertTrue(
        reply
            .text()
            .matches(
                "AAPL\\.US: \\$232\\.87 on \\d{4}-\\d{2}-\\d{2}; day range \\$[0-9.]+ to \\$[0-9.]+\\."),
        reply.text());
    assertEquals(Replies.ANSWER, reply.outcome());
  }

  @Test
  void movesACommandWithoutAReplyAddressToTheDeadLetterQueueWithTheReason() throws Exception {
    String id = "dead-letter-" + UUID.randomUUID();
    try (var broker = BrokerSession.open()) {
      var command = broker.session.createTextMessage("AAPL.US");
      command.setStringProperty(Commands.COMMAND, "stock");
      command.setJMSCorrelationID(id);
      broker.send(Queues.STOCK, command);

      var dead = broker.receiveCorrelated(Queues.DEAD_LETTER, id, PATIENCE);
      assertEquals("AAPL.US", ((TextMessage) dead).getText());
      assertEquals("stock", dead.getStringProperty(Commands.COMMAND));
      assertEquals(
          "no reply address or correlation id",
          dead.getStringProperty(Commands.DEAD_LETTER_REASON));
    }
  }

  @Test
  void answersAnUnreadableCommandAndKeepsItInTheDeadLetterQueue() throws Exception {
    String id = "unreadable-" + UUID.randomUUID();
    try (var broker = BrokerSession.open()) {
      var command = broker.session.createBytesMessage();
      command.writeBytes(new byte[] {(byte) 0xC3, 0x28});
      command.setStringProperty(Commands.COMMAND, "day_range");
      command.setJMSCorrelationID(id);
      command.setJMSReplyTo(bots.replyQueue());
      broker.send(Queues.DAY_RANGE, command);

      var reply = bots.awaitReply(id, PATIENCE).orElseThrow();
      assertEquals("DayRangeBot could not read that command.", reply.text());
      assertEquals(Replies.ERROR, reply.outcome());
      var dead = broker.receiveCorrelated(Queues.DEAD_LETTER, id, PATIENCE);
      assertEquals(
          "not a text message: bytes", dead.getStringProperty(Commands.DEAD_LETTER_REASON));
    }
  }

  @Test
  void reportsItselfReadyOnceItReachesTheBrokerAndItsConsumersAreAttached() throws Exception {
    // The beans may still be connecting when this runs first: ready within the bots' patience.
    var deadline = Instant.now().plus(PATIENCE);
    var health = readiness();
    while (health.statusCode() != 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      health = readiness();
    }

    assertEquals(200, health.statusCode(), health.body());
    assertTrue(health.body().contains("{\"name\":\"broker\",\"status\":\"UP\""), health.body());
    assertTrue(health.body().contains("{\"name\":\"consumers\",\"status\":\"UP\""), health.body());
    assertTrue(health.body().contains("\"finchat.stock\":\"attached\""), health.body());
    assertTrue(health.body().contains("\"finchat.day_range\":\"attached\""), health.body());
    assertTrue(health.body().contains("\"finchat.card\":\"attached\""), health.body());
  }

  private HttpResponse<String> readiness() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + base.getPort() + "/health/ready"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** A plain client of the broker, for messages no chat node would ever send. */
  private static final class BrokerSession implements AutoCloseable {
    final Connection connection;
    final Session session;

    private BrokerSession(Connection connection) throws JMSException {
      this.connection = connection;
      session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      connection.start();
    }

    static BrokerSession open() throws JMSException {
      var factory =
          new JmsConnectionFactory(
              "guest", "guest", TestSystem.brokerUrl() + "?" + Broker.CLIENT_OPTIONS);
      return new BrokerSession(factory.createConnection());
    }

    void send(String queue, Message message) throws JMSException {
      try (var producer = session.createProducer(session.createQueue(Broker.queueAddress(queue)))) {
        producer.send(message);
      }
    }

    /** The message with correlation id {@code id} from {@code queue}, dropping any other. */
    Message receiveCorrelated(String queue, String id, Duration patience) throws JMSException {
      long deadline = System.nanoTime() + patience.toNanos();
      try (var consumer = session.createConsumer(session.createQueue(Broker.queueAddress(queue)))) {
        while (System.nanoTime() < deadline) {
          var message = consumer.receive(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
          if (message != null && id.equals(message.getJMSCorrelationID())) {
            return message;
          }
        }
      }
      throw new AssertionError("nothing with correlation id " + id + " on " + queue);
    }

    @Override
    public void close() throws JMSException {
      connection.close();
    }
  }
}
