package dev.finchat.amqp;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.qpid.jms.JmsConnection;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.apache.qpid.jms.JmsConnectionListener;
import org.apache.qpid.jms.message.JmsInboundMessageDispatch;
import org.messaginghub.pooled.jms.JmsPoolConnectionFactory;

/**
 * A node's one long-lived sending connection to the broker, and whether the broker is reachable
 * right now. While the failover transport reconnects after losing the broker, a send would wait for
 * {@code jms.sendTimeout} and then fail; {@link #connection()} fails at once instead, so a user is
 * told straight away and no thread is held. Sessions and producers are pooled, so a send costs a
 * send. Close it when the application stops.
 */
public final class BrokerLink implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BrokerLink.class.getName());

  private final JmsPoolConnectionFactory pool = new JmsPoolConnectionFactory();
  private volatile boolean interrupted;

  /** A link to the configured broker ({@link Broker#url()}). */
  public BrokerLink() {
    this(Broker.url(), Broker.user(), Broker.password());
  }

  public BrokerLink(String brokerUrl, String user, String password) {
    var factory = new WatchedConnectionFactory(Broker.failoverUri(brokerUrl));
    factory.setUsername(user);
    factory.setPassword(password);
    pool.setConnectionFactory(factory);
    pool.setMaxConnections(1);
    // The pool closes a connection idle for 30 s by default: the next command would then wait for
    // a new connection. One long-lived connection is the point.
    pool.setConnectionIdleTimeout(0);
    // A producer per destination, kept with its pooled session: the bots' queues, the room topic,
    // the chat nodes' reply queues. The pool's default, one anonymous producer, needs the broker's
    // anonymous relay, which RabbitMQ 3's AMQP 1.0 plugin lacks: Qpid then opens links as it goes.
    pool.setUseAnonymousProducers(false);
    pool.setExplicitProducerCacheSize(16);
  }

  /** False while the connection is lost and being re-established. */
  public boolean reachable() {
    return !interrupted;
  }

  /**
   * A connection to send with; close it after use (it goes back to the pool).
   *
   * @throws BrokerUnreachable at once while the broker connection is lost
   */
  public Connection connection() throws JMSException {
    if (interrupted) {
      throw new BrokerUnreachable();
    }
    return pool.createConnection();
  }

  /**
   * Why nothing could be sent right now; empty when the broker can be reached. Opens a session, not
   * just a connection: Qpid connects lazily, on the first session.
   */
  public Optional<String> problem() {
    try (var connection = connection();
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      return Optional.empty();
    } catch (JMSException | RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  @Override
  public void close() {
    pool.stop();
  }

  /** Thrown instead of waiting for a broker that is known to be gone. */
  public static final class BrokerUnreachable extends JMSException {
    private static final long serialVersionUID = 1L;

    BrokerUnreachable() {
      super("the broker connection is lost; reconnecting");
    }
  }

  /** Qpid's factory, telling this link when its connection drops and comes back. */
  private final class WatchedConnectionFactory extends JmsConnectionFactory {

    WatchedConnectionFactory(String uri) {
      super(uri);
    }

    @Override
    public Connection createConnection(String user, String password) throws JMSException {
      var connection = (JmsConnection) super.createConnection(user, password);
      connection.addConnectionListener(new StateListener());
      return connection;
    }
  }

  private final class StateListener implements JmsConnectionListener {

    @Override
    public void onConnectionEstablished(URI remote) {
      interrupted = false;
    }

    @Override
    public void onConnectionInterrupted(URI remote) {
      LOG.warning(() -> "Lost the broker at " + remote + "; reconnecting");
      interrupted = true;
    }

    @Override
    public void onConnectionRestored(URI remote) {
      LOG.info(() -> "Reconnected to the broker at " + remote);
      interrupted = false;
    }

    @Override
    public void onConnectionFailure(Throwable cause) {
      // The pool drops a failed connection and the next send opens a new one, which fails fast
      // by itself (one startup attempt) while the broker is still away.
      interrupted = false;
    }

    @Override
    public void onInboundMessage(JmsInboundMessageDispatch envelope) {}

    @Override
    public void onSessionClosed(Session session, Throwable cause) {}

    @Override
    public void onConsumerClosed(MessageConsumer consumer, Throwable cause) {}

    @Override
    public void onProducerClosed(MessageProducer producer, Throwable cause) {}
  }
}
