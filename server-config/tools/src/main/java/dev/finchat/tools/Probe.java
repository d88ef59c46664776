package dev.finchat.tools;

import dev.finchat.amqp.Broker;
import dev.finchat.amqp.CommandProtocol;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * The seed's bot test: sends a command straight to its bot's queue, as a chat node would, and
 * prints the reply. {@code --count N} sends N one after another and prints the round-trip
 * percentiles.
 */
public final class Probe implements AutoCloseable {

  /** Declared on RabbitMQ by the definitions file; created on first use by the embedded broker. */
  static final String REPLY_QUEUE = CommandProtocol.REPLY_QUEUE_PREFIX + "probe";

  static final Map<String, String> QUEUES =
      Map.of("stock", CommandProtocol.STOCK_QUEUE, "day_range", CommandProtocol.DAY_RANGE_QUEUE);

  /** A bot's reply and how long it took. */
  public record Reply(String text, String outcome, Duration roundTrip) {}

  /** A command line's command: the bot's name and the argument as typed. */
  record Command(String name, String argument) {

    static Optional<Command> parse(String text) {
      if (text == null || !text.startsWith("/") || !text.contains("=")) {
        return Optional.empty();
      }
      String name = text.substring(1, text.indexOf('='));
      return QUEUES.containsKey(name)
          ? Optional.of(new Command(name, text.substring(text.indexOf('=') + 1)))
          : Optional.empty();
    }
  }

  private final Connection connection;
  private final Session session;
  private final Queue replies;
  private final MessageConsumer consumer;

  public Probe(String brokerUrl) throws JMSException {
    var factory =
        new JmsConnectionFactory(
            Broker.setting(Broker.USER, "guest"),
            Broker.setting(Broker.PASSWORD, "guest"),
            brokerUrl
                + "?jms.requestTimeout=10000&jms.receiveLocalOnly=true&jms.connectTimeout=5000");
    connection = factory.createConnection();
    connection.start();
    session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    replies = session.createQueue(Broker.queueAddress(REPLY_QUEUE));
    consumer = session.createConsumer(replies);
  }

  /** Sends one command and waits for the reply with its correlation id, skipping stale ones. */
  public Optional<Reply> ask(String command, String argument, Duration timeout)
      throws JMSException {
    String id = UUID.randomUUID().toString();
    long start = System.nanoTime();
    try (var producer =
        session.createProducer(session.createQueue(Broker.queueAddress(QUEUES.get(command))))) {
      TextMessage message = session.createTextMessage(argument);
      message.setStringProperty(CommandProtocol.COMMAND, command);
      message.setJMSCorrelationID(id);
      message.setJMSReplyTo(replies);
      producer.send(
          message,
          DeliveryMode.NON_PERSISTENT,
          Message.DEFAULT_PRIORITY,
          CommandProtocol.COMMAND_TIME_TO_LIVE.toMillis());
    }
    long deadline = start + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      long waitMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
      Message reply = consumer.receive(waitMillis);
      if (reply instanceof TextMessage text && id.equals(reply.getJMSCorrelationID())) {
        return Optional.of(
            new Reply(
                text.getText(),
                reply.getStringProperty(CommandProtocol.OUTCOME),
                Duration.ofNanos(System.nanoTime() - start)));
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() throws JMSException {
    connection.close();
  }

  public static void main(String[] args) {
    Logging.quiet();
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    var command = Command.parse(options.rest().isEmpty() ? null : options.rest().get(0));
    if (options.rest().size() != 1 || command.isEmpty()) {
      System.err.println(
          "usage: probe [--broker URL] [--count N] [--timeout-seconds S] '/stock=AAPL.US'"
              + " (commands: /stock=, /day_range=)");
      System.exit(2);
      return;
    }
    String url = options.value("--broker", Broker.url());
    int count = options.intValue("--count", 1);
    int timeoutSeconds = options.intValue("--timeout-seconds", 10);
    System.exit(run(url, command.get(), count, Duration.ofSeconds(timeoutSeconds)));
  }

  private static int run(String url, Command command, int count, Duration timeout) {
    Probe probe;
    try {
      probe = new Probe(url);
    } catch (JMSException e) {
      System.err.println("cannot reach the broker at " + url + ": " + e.getMessage());
      return 3;
    }
    try (probe) {
      List<Duration> roundTrips = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        var reply = probe.ask(command.name(), command.argument(), timeout);
        if (reply.isEmpty()) {
          System.err.println(
              "no reply within " + timeout.toSeconds() + " s: is the bot node running?");
          return 1;
        }
        roundTrips.add(reply.get().roundTrip());
        if (count == 1) {
          System.out.println(reply.get().text());
          System.out.println(
              "(" + reply.get().outcome() + ", " + millis(reply.get().roundTrip()) + " ms)");
        }
      }
      if (count > 1) {
        System.out.println(summary(roundTrips));
      }
      return 0;
    } catch (JMSException e) {
      System.err.println("the broker at " + url + " failed: " + e.getMessage());
      return 3;
    }
  }

  static String summary(List<Duration> roundTrips) {
    List<Duration> sorted = new ArrayList<>(roundTrips);
    Collections.sort(sorted);
    return "round trips: n="
        + sorted.size()
        + " p50="
        + millis(percentile(sorted, 50))
        + "ms p90="
        + millis(percentile(sorted, 90))
        + "ms p99="
        + millis(percentile(sorted, 99))
        + "ms max="
        + millis(sorted.get(sorted.size() - 1))
        + "ms";
  }

  static Duration percentile(List<Duration> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String millis(Duration duration) {
    return String.format(java.util.Locale.ROOT, "%.1f", duration.toNanos() / 1_000_000.0);
  }
}
