package dev.finchat.tools;

import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * Faults the embedded broker makes on request, for tests and fault scenarios: a message sent to
 * {@link #END_SESSIONS} with the property {@link #QUEUE} makes the broker end every session that
 * consumes that queue, as a broker does on a session error — the session ends, its consumers' links
 * are not closed first. Artemis's management cannot do that: {@code closeSessionWithID} closes the
 * session's consumers first, which a client hears as a closed consumer. Open to any client, like
 * the broker itself, which has no security: it is for development and tests. {@link
 * #endSessionsConsuming(Path, String)} makes the same fault on whichever broker a run owns, the
 * embedded one or a RabbitMQ node ({@link RabbitMqFaults}).
 */
public final class BrokerFaults implements ActiveMQServerMessagePlugin {

  /** Where to send the request; nothing is stored there. */
  static final String END_SESSIONS = "finchat.broker.end-sessions";

  /** The request's string property: the queue whose consumers' sessions are to end. */
  static final String QUEUE = "queue";

  private static final Logger LOG = Logger.getLogger(BrokerFaults.class.getName());

  private volatile ActiveMQServer server;

  @Override
  public void registered(ActiveMQServer server) {
    this.server = server;
  }

  @Override
  public void beforeSend(
      ServerSession sender,
      Transaction tx,
      Message message,
      boolean direct,
      boolean noAutoCreateQueue)
      throws ActiveMQException {
    if (!END_SESSIONS.equals(message.getAddress())) {
      return;
    }
    String queue = message.getStringProperty(QUEUE);
    // Off the sender's thread: the sessions may be served by the same event loop.
    var ending = new Thread(() -> endSessionsConsuming(queue), "finchat-broker-faults");
    ending.setDaemon(true);
    ending.start();
  }

  /**
   * Ends the sessions of {@code queue}'s consumers on the broker the run in {@code runDir} owns, as
   * {@code ./finchat up} started it: the embedded one (returns once the request is sent) or a
   * RabbitMQ node of the run's own (returns once they are ended). A broker the run does not own is
   * not its to break.
   */
  public static void endSessionsConsuming(Path runDir, String queue)
      throws JMSException, IOException, InterruptedException {
    if (Files.exists(runDir.resolve("broker.rabbitmq"))) {
      RabbitMqFaults.endSessionsConsuming(runDir, queue);
    } else if (Files.exists(runDir.resolve("broker.embedded"))) {
      endSessionsConsuming(Files.readString(runDir.resolve("broker.url")).trim(), queue);
    } else {
      throw new IllegalStateException(
          "the run in " + runDir + " owns no broker: its faults are for a broker of its own");
    }
  }

  /**
   * Asks the embedded broker at {@code brokerUrl} to end the sessions of {@code queue}'s consumers;
   * returns once the request is sent, not once they are ended.
   */
  public static void endSessionsConsuming(String brokerUrl, String queue) throws JMSException {
    var factory = new JmsConnectionFactory(Probe.withClientOptions(brokerUrl));
    try (var connection = factory.createConnection();
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      var request = session.createMessage();
      request.setStringProperty(QUEUE, queue);
      session.createProducer(session.createQueue(END_SESSIONS)).send(request);
    }
  }

  private void endSessionsConsuming(String queue) {
    for (ServerSession session : server.getSessions()) {
      boolean consumes =
          session.getServerConsumers().stream()
              .anyMatch(consumer -> consumer.getQueue().getName().toString().equals(queue));
      if (consumes) {
        try {
          session.close(true);
          LOG.info(() -> "Ended session " + session.getName() + ", a consumer of " + queue);
        } catch (Exception e) {
          LOG.warning(() -> "Could not end session " + session.getName() + ": " + e);
        }
      }
    }
  }
}
