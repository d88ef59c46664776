package dev.finchat.amqp;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.apache.qpid.jms.jndi.JmsInitialContextFactory;
import org.apache.qpid.jms.meta.JmsConsumerInfo;
import org.apache.qpid.jms.meta.JmsResource;
import org.apache.qpid.jms.meta.JmsSessionInfo;
import org.apache.qpid.jms.provider.AsyncResult;
import org.apache.qpid.jms.provider.Provider;
import org.apache.qpid.jms.provider.ProviderException;
import org.apache.qpid.jms.provider.ProviderWrapper;

/**
 * The JNDI context message-driven beans find their connection factory in: Qpid JMS's, with
 * connections that hear a session the broker ends. A bean's consumer is a connection consumer,
 * which Qpid opens on a session of the connection's own that {@code JmsConnection} does not track:
 * when the broker ends that session without first closing the consumer's link (RabbitMQ 3.10 does
 * on a session error, e.g. an outcome it does not know), {@code JmsConnection.onResourceClosed}
 * finds no session of that id and drops the news; no exception listener hears it, the activation
 * never reconnects and the bean takes no message again. Told instead that the consumer closed, Qpid
 * reports it to the activation's exception listener, which tears the connection down and sets it up
 * again, as when the broker deletes the consumer's queue. A server session the broker ends is a
 * failure of the connection: the adapter would go on handing it out.
 */
public class InboundContextFactory extends JmsInitialContextFactory {

  @Override
  protected JmsConnectionFactory createConnectionFactory(Map<String, String> properties) {
    var factory = new InboundConnectionFactory();
    Map<String, String> unused = factory.setProperties(properties);
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException("unknown connection factory properties: " + unused);
    }
    return factory;
  }

  /** Qpid's connection factory, its connections' providers wrapped in {@link SessionEnds}. */
  static final class InboundConnectionFactory extends JmsConnectionFactory {

    private static final long serialVersionUID = 1L;

    @Override
    protected Provider createProvider(URI remoteUri) throws Exception {
      return new SessionEnds(super.createProvider(remoteUri));
    }
  }

  /**
   * Passes every event of a connection's provider on to the connection, and tells it of a session
   * the broker ended: each connection consumer on it closed, as when the broker closes a consumer's
   * link — Qpid then shuts the consumer down here, without asking the broker (which would wait the
   * close timeout, a minute, for an answer from a session that is gone), and tells the exception
   * listener; any other session, a failure of the connection.
   */
  static final class SessionEnds extends ProviderWrapper<Provider> {

    private final Set<JmsConsumerInfo> connectionConsumers = ConcurrentHashMap.newKeySet();

    SessionEnds(Provider next) {
      super(next);
    }

    @Override
    public void create(JmsResource resource, AsyncResult request) throws ProviderException {
      if (resource instanceof JmsConsumerInfo consumer && consumer.isConnectionConsumer()) {
        connectionConsumers.add(consumer);
      }
      super.create(resource, request);
    }

    @Override
    public void destroy(JmsResource resource, AsyncResult request) throws ProviderException {
      connectionConsumers.remove(resource);
      super.destroy(resource, request);
    }

    @Override
    public void onResourceClosed(JmsResource resource, ProviderException cause) {
      super.onResourceClosed(resource, cause);
      if (resource instanceof JmsSessionInfo session) {
        var lost = consumersOn(session, connectionConsumers);
        if (lost.isEmpty()) {
          listener.onProviderException(
              new ProviderException("the broker ended session " + session.getId(), cause));
        }
        for (JmsConsumerInfo consumer : lost) {
          connectionConsumers.remove(consumer);
          super.onResourceClosed(consumer, cause);
        }
      }
    }

    /** The consumers, of {@code consumers}, that live on {@code session}. */
    static List<JmsConsumerInfo> consumersOn(
        JmsSessionInfo session, Collection<JmsConsumerInfo> consumers) {
      return consumers.stream()
          .filter(consumer -> consumer.getParentId().equals(session.getId()))
          .toList();
    }
  }
}
