package dev.finchat.tools;

import dev.finchat.amqp.Broker;
import dev.finchat.wire.Queues;
import jakarta.jms.Connection;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.io.PrintStream;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * Whether a broker that finchat does not own is ready for it: it speaks AMQP 1.0 and has every
 * queue the bots and the chat nodes use. RabbitMQ has them only once they are declared ({@code
 * ./finchat rabbitmq}); a bot's bean on a missing queue retries for ever and every command to it
 * fails. The launcher runs this before it starts any node on a configured broker, and refuses to
 * start with what it prints.
 */
public final class QueueCheck {

  // Exit codes of main.
  static final int READY = 0;
  static final int USAGE = 2;
  static final int BROKER_UNAVAILABLE = 3;
  static final int QUEUES_MISSING = 4;

  /** The one command that prepares a RabbitMQ for finchat, as the launcher names it. */
  static final String PREPARE = "./finchat rabbitmq";

  private static final String USAGE_LINE =
      "usage: QueueCheck [--broker URL] [--user U] [--password P] [--chat-nodes N]";

  private QueueCheck() {}

  /**
   * The queues a system with {@code chatNodes} chat nodes uses: the bots', the dead letters', each
   * chat node's replies ({@code chat-1}, …) and the probe's, with which {@code up} asks the bots.
   */
  static List<String> queuesFor(int chatNodes) {
    var queues = new ArrayList<>(List.of(Queues.STOCK, Queues.DAY_RANGE, Queues.DEAD_LETTER));
    for (int node = 1; node <= chatNodes; node++) {
      queues.add(Queues.REPLY_PREFIX + "chat-" + node);
    }
    queues.add(Probe.REPLY_QUEUE);
    return queues;
  }

  /**
   * Those of {@code queues} the broker does not have. Each is tried with a consumer of its own, on
   * a connection never started: a consumer there asks for no message, so none is taken.
   */
  static List<String> missing(Connection connection, List<String> queues) throws JMSException {
    var missing = new ArrayList<String>();
    for (String queue : queues) {
      try (var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
          var consumer = session.createConsumer(session.createQueue(Broker.queueAddress(queue)))) {
        // There: nothing to do.
      } catch (InvalidDestinationException refused) {
        // RabbitMQ refuses /amq/queue/<q> for a queue nobody declared.
        missing.add(queue);
      }
    }
    return missing;
  }

  public static void main(String[] args) {
    Logging.quiet();
    // This tool says itself, in one line, which broker it could not reach.
    Logging.off("org.apache.qpid.jms.JmsConnection");
    System.exit(run(args, System.err));
  }

  /** The whole command line, minus the exit: what {@link #main} does, for tests. */
  static int run(String[] args, PrintStream err) {
    String url;
    String user;
    String password;
    int chatNodes;
    try {
      var options = Options.parse(args);
      url = options.value("--broker", Broker.url());
      user = options.value("--user", Broker.user());
      password = options.value("--password", Broker.password());
      chatNodes = options.intValue("--chat-nodes", 1);
      if (chatNodes < 1 || !options.rest().isEmpty()) {
        throw new IllegalArgumentException("--chat-nodes takes a number from 1");
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE_LINE);
      return USAGE;
    }
    var factory = new JmsConnectionFactory(user, password, Probe.withClientOptions(url));
    try (var connection = factory.createConnection()) {
      var missing = missing(connection, queuesFor(chatNodes));
      if (missing.isEmpty()) {
        return READY;
      }
      err.println(queuesMissing(url, missing));
      return QUEUES_MISSING;
    } catch (JMSException e) {
      err.println(unreachable(url, e));
      return BROKER_UNAVAILABLE;
    }
  }

  static String queuesMissing(String url, List<String> missing) {
    return "the broker at "
        + url
        + " has no queue "
        + String.join(", ", missing)
        + ": on the machine that runs it, '"
        + PREPARE
        + "' declares finchat's queues and policies; then start again";
  }

  /**
   * Why no connection opened: nothing listening, or something that does not speak AMQP 1.0 (a
   * RabbitMQ without its plugin), or refused the user.
   */
  static String unreachable(String url, JMSException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return "nothing answers at "
            + url
            + " ("
            + cause.getMessage()
            + "): is the broker running?";
      }
    }
    return "cannot open an AMQP 1.0 connection to "
        + url
        + " ("
        + e.getMessage()
        + "): a RabbitMQ speaks AMQP 1.0 once its plugin is enabled, which '"
        + PREPARE
        + "' does on the machine that runs it; check FINCHAT_BROKER_USER and"
        + " FINCHAT_BROKER_PASSWORD too";
  }
}
