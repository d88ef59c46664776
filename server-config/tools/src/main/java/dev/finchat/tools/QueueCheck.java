package dev.finchat.tools;

import dev.finchat.amqp.Broker;
import dev.finchat.wire.Queues;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.qpid.jms.JmsConnection;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.apache.qpid.jms.JmsConnectionListener;
import org.apache.qpid.jms.message.JmsInboundMessageDispatch;
import org.apache.qpid.jms.provider.exceptions.ProviderInvalidDestinationException;

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

  /** How long an attach to a queue may go unanswered: ample for a broker on a loaded machine. */
  static final long MISSING_QUEUE_TIMEOUT_MILLIS = 5000;

  private static final String USAGE_LINE =
      "usage: QueueCheck [--broker URL] [--user U] [--password P] [--chat-nodes N]";

  private QueueCheck() {}

  /**
   * The queues a system with {@code chatNodes} chat nodes uses: the bots', the dead letters', each
   * chat node's replies ({@code chat-1}, …) and the probe's, with which {@code up} asks the bots.
   */
  static List<String> queuesFor(int chatNodes) {
    var queues =
        new ArrayList<>(List.of(Queues.STOCK, Queues.DAY_RANGE, Queues.CARD, Queues.DEAD_LETTER));
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
  static List<String> missing(JmsConnection connection, List<String> queues) throws JMSException {
    var endedSessions = new SessionsEnded();
    connection.addConnectionListener(endedSessions);
    var missing = new ArrayList<String>();
    for (String queue : queues) {
      var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      try (session;
          var consumer = session.createConsumer(session.createQueue(Broker.queueAddress(queue)))) {
        // There: nothing to do.
      } catch (InvalidDestinationException refused) {
        // A broker that refuses the consumer (Artemis) says so at once.
        missing.add(queue);
      } catch (JMSException e) {
        // RabbitMQ 3 ends the consumer's whole session (amqp:not-found) and leaves its request
        // unanswered: the request times out, and the session's end says why.
        if (endedSessions.cause(session) instanceof ProviderInvalidDestinationException) {
          missing.add(queue);
        } else {
          throw e;
        }
      }
    }
    return missing;
  }

  /** Why the broker ended each session it ended. */
  private static final class SessionsEnded implements JmsConnectionListener {

    private final Map<Session, Throwable> causes = new ConcurrentHashMap<>();

    Throwable cause(Session session) {
      return causes.get(session);
    }

    @Override
    public void onSessionClosed(Session session, Throwable cause) {
      if (cause != null) {
        causes.put(session, cause);
      }
    }

    @Override
    public void onConnectionEstablished(URI remote) {}

    @Override
    public void onConnectionFailure(Throwable error) {}

    @Override
    public void onConnectionInterrupted(URI remote) {}

    @Override
    public void onConnectionRestored(URI remote) {}

    @Override
    public void onInboundMessage(JmsInboundMessageDispatch envelope) {}

    @Override
    public void onConsumerClosed(MessageConsumer consumer, Throwable cause) {}

    @Override
    public void onProducerClosed(MessageProducer producer, Throwable cause) {}
  }

  public static void main(String[] args) {
    Logging.quiet();
    // This tool says itself, in one line, which broker it could not reach.
    Logging.off("org.apache.qpid.jms.JmsConnection");
    Logging.off("org.apache.qpid.jms.provider.amqp.builders.AmqpResourceBuilder");
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
      if (chatNodes < 1) {
        throw new IllegalArgumentException("--chat-nodes takes a number from 1");
      }
      if (!options.rest().isEmpty()) {
        throw new IllegalArgumentException("unexpected: " + String.join(" ", options.rest()));
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE_LINE);
      return USAGE;
    }
    var factory = new JmsConnectionFactory(user, password, Probe.withClientOptions(url));
    // A queue missing on RabbitMQ costs a request timeout (see missing): a short one.
    factory.setRequestTimeout(MISSING_QUEUE_TIMEOUT_MILLIS);
    try (var connection = (JmsConnection) factory.createConnection()) {
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
