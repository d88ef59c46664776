package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.amqp.Broker;
import dev.finchat.wire.Commands;
import dev.finchat.wire.Queues;
import dev.finchat.wire.Replies;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probe against the embedded broker, with a responder standing in for the stock bot. */
class ProbeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private static EmbeddedBroker broker;
  private static Connection responder;
  private static final AtomicReference<Message> lastCommand = new AtomicReference<>();

  @BeforeAll
  static void startBrokerAndResponder() throws Exception {
    Logging.off("org.apache.qpid.jms.JmsConnection");
    broker =
        new EmbeddedBroker(EmbeddedBroker.freePort(), Files.createTempDirectory("finchat-broker"));
    broker.start();
    responder = new JmsConnectionFactory(broker.url()).createConnection();
    Session session = responder.createSession(false, Session.AUTO_ACKNOWLEDGE);
    var producer = session.createProducer(null);
    session
        .createConsumer(session.createQueue(Broker.queueAddress(Queues.STOCK)))
        .setMessageListener(
            request -> {
              try {
                lastCommand.set(request);
                TextMessage reply =
                    session.createTextMessage(((TextMessage) request).getText() + " is fine.");
                reply.setJMSCorrelationID(request.getJMSCorrelationID());
                reply.setStringProperty(Replies.OUTCOME, Replies.ANSWER);
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
      var reply = probe.ask("stock", "AAPL.US", PATIENCE).orElseThrow();

      assertEquals("AAPL.US is fine.", reply.text());
      assertEquals(Replies.ANSWER, reply.outcome());
      assertEquals(
          "MSFT.US is fine.", probe.ask("stock", "MSFT.US", PATIENCE).orElseThrow().text());
    }
  }

  @Test
  void sendsTheCommandAsTheContractSays() throws Exception {
    try (var probe = new Probe(broker.url())) {
      long sent = System.currentTimeMillis();
      probe.ask("stock", "aapl.us", PATIENCE).orElseThrow();

      Message command = lastCommand.get();
      assertEquals("aapl.us", ((TextMessage) command).getText());
      assertEquals("stock", command.getStringProperty(Commands.COMMAND));
      assertEquals(DeliveryMode.NON_PERSISTENT, command.getJMSDeliveryMode());
      assertNotNull(command.getJMSCorrelationID());
      assertTrue(command.getJMSReplyTo().toString().contains("finchat.replies.probe"));
      long timeToLive = command.getLongProperty(Commands.DEADLINE) - sent;
      assertTrue(timeToLive > 25_000 && timeToLive <= 31_000, "expires in " + timeToLive + " ms");
      assertEquals(0, command.getJMSExpiration(), "no JMS time to live: RabbitMQ 3.10 and Qpid");
    }
  }

  @Test
  void skipsRepliesLeftOverFromEarlierRuns() throws Exception {
    try (var connection = new JmsConnectionFactory(broker.url()).createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      TextMessage stale = session.createTextMessage("an old answer");
      stale.setJMSCorrelationID("from-an-earlier-run");
      session
          .createProducer(session.createQueue(Broker.queueAddress(Probe.REPLY_QUEUE)))
          .send(stale);
    }
    try (var probe = new Probe(broker.url())) {
      assertEquals(
          "TSLA.US is fine.", probe.ask("stock", "TSLA.US", PATIENCE).orElseThrow().text());
    }
  }

  @Test
  void printsTheReplyAndExitsWith0() {
    var run = run("--broker", broker.url(), "/stock=AAPL.US");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("AAPL.US is fine.\n(quote, "), run.out());
  }

  @Test
  void printsRoundTripPercentilesForACount() {
    var run = run("--broker", broker.url(), "--count", "5", "/stock=AAPL.US");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("round trips: n=5 p50="), run.out());
  }

  @Test
  void printsTheBotsThroughputWithSeveralCommandsWaitingAtOnce() {
    var run = run("--broker", broker.url(), "--count", "40", "--in-flight", "8", "/stock=AAPL.US");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("round trips: n=40 "), run.out());
    assertTrue(
        run.out().matches("(?s).*throughput: \\d+ commands/s answered \\(40 in .*8 waiting.*"),
        run.out());
  }

  @Test
  void exitsWith1WhenNoBotAnswers() {
    var run = run("--broker", broker.url(), "--timeout-seconds", "1", "/day_range=AAPL.US");

    assertEquals(1, run.exitCode());
    assertEquals("no reply within 1 s: is the bot node running?\n", run.err());
  }

  @Test
  void exitsWith3NamingTheBrokerItCannotReach() {
    String nowhere = "amqp://127.0.0.1:" + EmbeddedBroker.freePort();

    var run = run("--broker", nowhere, "/stock=AAPL.US");

    assertEquals(3, run.exitCode());
    assertTrue(run.err().startsWith("cannot reach the broker at " + nowhere + ": "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void exitsWith2OnAnythingButAKnownCommand() {
    assertEquals(2, run("/price=AAPL.US").exitCode());
    assertTrue(run("/price=AAPL.US").err().startsWith("unknown command /price=:"));
    assertEquals(2, run("stock=AAPL.US").exitCode());
    assertEquals(2, run().exitCode());
    assertEquals(2, run("--count", "many", "/stock=AAPL.US").exitCode());
    assertEquals(2, run("--count", "0", "/stock=AAPL.US").exitCode());
  }

  @Test
  void readsTheArgumentExactlyAsTyped() {
    assertEquals(new Probe.Command("stock", "aapl.us"), Probe.Command.parse("/stock=aapl.us"));
    assertEquals(new Probe.Command("day_range", ""), Probe.Command.parse("/day_range="));
    assertThrows(IllegalArgumentException.class, () -> Probe.Command.parse("/stock"));
  }

  @Test
  void addsTheClientOptionsToAnyUrl() {
    assertEquals("amqp://h:5672?" + Probe.CLIENT_OPTIONS, Probe.withClientOptions("amqp://h:5672"));
    assertEquals(
        "amqp://h:5672?amqp.idleTimeout=0&" + Probe.CLIENT_OPTIONS,
        Probe.withClientOptions("amqp://h:5672?amqp.idleTimeout=0"));
  }

  @Test
  void summarisesRoundTripsAsPercentiles() {
    var trips =
        List.of(
            Duration.ofMillis(4), Duration.ofMillis(2), Duration.ofMillis(9), Duration.ofMillis(3));

    assertEquals("round trips: n=4 p50=3.0ms p90=9.0ms p99=9.0ms max=9.0ms", Probe.summary(trips));
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int exitCode =
        Probe.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
