package dev.finchat.tools;

import dev.finchat.amqp.Broker;
import dev.finchat.wire.Commands;
import dev.finchat.wire.Queues;
import dev.finchat.wire.Replies;
import dev.finchat.wire.UnreadableMessage;
import dev.finchat.wire.jms.JmsWire;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * The seed's bot test: sends a command straight to its bot's queue, as a chat node would, and
 * prints the reply. {@code --count N} sends N one after another and prints the round-trip
 * percentiles; with {@code --in-flight W} it keeps W waiting at once and prints the bots'
 * throughput too (bot nodes are competing consumers: a second one shares the load).
 */
public final class Probe implements AutoCloseable {

  /** Declared on RabbitMQ by the definitions file; created on first use by the embedded broker. */
  static final String REPLY_QUEUE = Queues.REPLY_PREFIX + "probe";

  static final Map<String, String> QUEUES =
      Map.of("stock", Queues.STOCK, "day_range", Queues.DAY_RANGE, "card", Queues.CARD);

  // Exit codes of main: the launcher and scripts tell the failures apart by them.
  static final int ANSWERED = 0;
  static final int NO_REPLY = 1;
  static final int USAGE = 2;
  static final int BROKER_UNAVAILABLE = 3;

  private static final String USAGE_LINE =
      "usage: Probe [--broker URL] [--user U] [--password P] [--count N] [--in-flight W]"
          + " [--timeout-seconds S] '/stock=AAPL.US' ['/day_range=AAPL.US' …]";

  /** The options every finchat client needs, and a bounded wait for the connection itself. */
  static final String CLIENT_OPTIONS = Broker.CLIENT_OPTIONS + "&jms.connectTimeout=5000";

  /** A bot's reply and how long it took. */
  public record Reply(String text, String outcome, Duration roundTrip) {}

  /** A command line's command: the bot's name and the argument as typed. */
  record Command(String name, String argument) {

    /** Reads {@code /<name>=<argument>}; the message of the exception is for the user. */
    static Command parse(String text) {
      int equals = text.indexOf('=');
      if (!text.startsWith("/") || equals < 0) {
        throw new IllegalArgumentException(
            "not a command: '" + text + "' (expected /stock=<code> or /day_range=<code>)");
      }
      String name = text.substring(1, equals);
      if (!QUEUES.containsKey(name)) {
        throw new IllegalArgumentException(
            "unknown command /" + name + "=: the bots answer /stock=, /day_range= and /card=");
      }
      return new Command(name, text.substring(equals + 1));
    }
  }

  private final Connection connection;
  private final Session session;
  private final Queue replies;
  private final MessageConsumer consumer;

  /** A probe with the user and password of the environment ({@code FINCHAT_BROKER_USER}, …). */
  public Probe(String brokerUrl) throws JMSException {
    this(brokerUrl, Broker.setting(Broker.USER, "guest"), Broker.setting(Broker.PASSWORD, "guest"));
  }

  public Probe(String brokerUrl, String user, String password) throws JMSException {
    var factory = new JmsConnectionFactory(user, password, withClientOptions(brokerUrl));
    connection = factory.createConnection();
    try {
      connection.start();
      session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      replies = JmsWire.queue(session, REPLY_QUEUE);
      consumer = session.createConsumer(replies);
    } catch (JMSException e) {
      connection.close();
      throw e;
    }
  }

  static String withClientOptions(String brokerUrl) {
    return brokerUrl + (brokerUrl.contains("?") ? "&" : "?") + CLIENT_OPTIONS;
  }

  /** Sends one command and waits for the reply with its correlation id, skipping stale ones. */
  public Optional<Reply> ask(String command, String argument, Duration timeout)
      throws JMSException {
    long start = System.nanoTime();
    String id = send(command, argument, dev.finchat.wire.Command.PROBE_TIME_TO_LIVE);
    return awaitReply(id, start, timeout);
  }

  /**
   * Sends one command that a bot answers within {@code timeToLive} or drops (its {@link
   * Commands#DEADLINE}); returns its correlation id, for {@link #awaitReply}.
   */
  public String send(String command, String argument, Duration timeToLive) throws JMSException {
    String queue = QUEUES.get(command);
    if (queue == null) {
      throw new IllegalArgumentException("no bot answers /" + command + "=");
    }
    String id = UUID.randomUUID().toString();
    try (var producer = session.createProducer(JmsWire.queue(session, queue))) {
      var sent =
          new dev.finchat.wire.Command(
              id, REPLY_QUEUE, Instant.now().plus(timeToLive), command, argument);
      producer.send(
          JmsWire.write(session, Commands.encode(sent)),
          DeliveryMode.NON_PERSISTENT,
          Message.DEFAULT_PRIORITY,
          0);
    }
    return id;
  }

  /** The probe's reply queue: a command sent with it as {@code JMSReplyTo} is answered here. */
  public Queue replyQueue() {
    return replies;
  }

  /** Waits for the reply with correlation id {@code id}, skipping stale ones. */
  public Optional<Reply> awaitReply(String id, Duration timeout) throws JMSException {
    return awaitReply(id, System.nanoTime(), timeout);
  }

  private Optional<Reply> awaitReply(String id, long start, Duration timeout) throws JMSException {
    long deadline = start + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      long waitMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
      Message message = consumer.receive(waitMillis);
      if (message != null && id.equals(message.getJMSCorrelationID())) {
        try {
          var reply = Replies.decode(JmsWire.read(message));
          return Optional.of(
              new Reply(
                  reply.text(),
                  reply.error() ? Replies.ERROR : Replies.ANSWER,
                  Duration.ofNanos(System.nanoTime() - start)));
        } catch (UnreadableMessage unreadable) {
          // Not a reply of this contract: keep waiting for one.
        }
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
    // The probe says itself, in one line, which broker it could not reach.
    Logging.off("org.apache.qpid.jms.JmsConnection");
    System.exit(run(args, System.out, System.err));
  }

  /** The whole command line, minus the exit: what {@link #main} does, for tests. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<Command> commands = new ArrayList<>();
    String url;
    String user;
    String password;
    int count;
    int inFlight;
    int timeoutSeconds;
    try {
      var options = Options.parse(args);
      if (options.rest().isEmpty()) {
        throw new IllegalArgumentException("give a command, e.g. '/stock=AAPL.US'");
      }
      options.rest().forEach(text -> commands.add(Command.parse(text)));
      url = options.value("--broker", Broker.url());
      user = options.value("--user", Broker.setting(Broker.USER, "guest"));
      password = options.value("--password", Broker.setting(Broker.PASSWORD, "guest"));
      count = options.intValue("--count", 1);
      inFlight = options.intValue("--in-flight", 1);
      timeoutSeconds = options.intValue("--timeout-seconds", 10);
      if (count < 1 || inFlight < 1 || timeoutSeconds < 1) {
        throw new IllegalArgumentException(
            "--count, --in-flight and --timeout-seconds must be at least 1");
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE_LINE);
      return USAGE;
    }
    return sendAndReport(
        url,
        user,
        password,
        commands,
        new Rounds(count, inFlight, Duration.ofSeconds(timeoutSeconds)),
        out,
        err);
  }

  /** How many of each command, how many waiting at once, how long to wait for a reply. */
  record Rounds(int count, int inFlight, Duration timeout) {}

  /** Asks each command in turn, each {@code count} times; stops at the first unanswered one. */
  private static int sendAndReport(
      String url,
      String user,
      String password,
      List<Command> commands,
      Rounds rounds,
      PrintStream out,
      PrintStream err) {
    Probe probe;
    try {
      probe = new Probe(url, user, password);
    } catch (JMSException e) {
      err.println(brokerProblem("cannot reach the broker at ", url, e));
      return BROKER_UNAVAILABLE;
    }
    try (probe) {
      for (Command command : commands) {
        if (commands.size() > 1) {
          out.println("/" + command.name() + "=" + command.argument());
        }
        int exit =
            rounds.inFlight() > 1
                ? reportThroughput(probe, command, rounds, out, err)
                : report(probe, command, rounds.count(), rounds.timeout(), out, err);
        if (exit != ANSWERED) {
          return exit;
        }
      }
      return ANSWERED;
    } catch (JMSException e) {
      err.println(brokerProblem("lost the broker at ", url, e));
      return BROKER_UNAVAILABLE;
    }
  }

  private static int report(
      Probe probe, Command command, int count, Duration timeout, PrintStream out, PrintStream err)
      throws JMSException {
    List<Duration> roundTrips = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var reply = probe.ask(command.name(), command.argument(), timeout);
      if (reply.isEmpty()) {
        err.println("no reply within " + timeout.toSeconds() + " s: is the bot node running?");
        return NO_REPLY;
      }
      roundTrips.add(reply.get().roundTrip());
      if (i == 0) {
        out.println(reply.get().text());
      }
      if (count == 1) {
        out.println("(" + reply.get().outcome() + ", " + millis(reply.get().roundTrip()) + " ms)");
      }
    }
    if (count > 1) {
      out.println(summary(roundTrips));
    }
    return ANSWERED;
  }

  /**
   * Keeps {@code rounds.inFlight()} commands waiting until {@code rounds.count()} are answered,
   * then prints the round trips and how many were answered a second.
   */
  private static int reportThroughput(
      Probe probe, Command command, Rounds rounds, PrintStream out, PrintStream err)
      throws JMSException {
    Map<String, Long> waiting = new HashMap<>();
    List<Duration> roundTrips = new ArrayList<>();
    int sent = 0;
    long start = System.nanoTime();
    while (roundTrips.size() < rounds.count()) {
      while (waiting.size() < rounds.inFlight() && sent < rounds.count()) {
        long now = System.nanoTime();
        waiting.put(
            probe.send(
                command.name(), command.argument(), dev.finchat.wire.Command.PROBE_TIME_TO_LIVE),
            now);
        sent++;
      }
      Message reply = probe.consumer.receive(rounds.timeout().toMillis());
      if (reply == null) {
        err.println(
            "no reply within "
                + rounds.timeout().toSeconds()
                + " s after "
                + roundTrips.size()
                + " answers: is a bot node running?");
        err.println("unanswered (correlation ids): " + String.join(", ", waiting.keySet()));
        return NO_REPLY;
      }
      Long sentAt = waiting.remove(reply.getJMSCorrelationID());
      if (sentAt != null) {
        roundTrips.add(Duration.ofNanos(System.nanoTime() - sentAt));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.println(summary(roundTrips));
    out.println(
        String.format(
            Locale.ROOT,
            "throughput: %.0f commands/s answered (%d in %.1f s, %d waiting at once)",
            roundTrips.size() / seconds,
            roundTrips.size(),
            seconds,
            rounds.inFlight()));
    return ANSWERED;
  }

  private static String brokerProblem(String what, String url, JMSException e) {
    if (e instanceof InvalidDestinationException) {
      // RabbitMQ refuses /amq/queue/<q> for a queue nobody declared.
      return "the broker at "
          + url
          + " has no such queue ("
          + e.getMessage()
          + "): declare finchat's queues first (./finchat rabbitmq)";
    }
    return what + url + ": " + e.getMessage();
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

  /** The nearest-rank percentile of an ascending list. */
  static Duration percentile(List<Duration> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String millis(Duration duration) {
    return String.format(Locale.ROOT, "%.1f", duration.toNanos() / 1_000_000.0);
  }
}
