package dev.finchat.amqp;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.logging.Logger;
import org.jboss.resource.adapter.jms.JmsResourceAdapter;
import org.jboss.resource.adapter.jms.inflow.JmsActivation;
import org.jboss.resource.adapter.jms.inflow.JmsActivationSpec;
import org.jboss.resource.adapter.jms.inflow.ReleasingServerSessionPool;

/**
 * A message-driven bean's activation that heeds failures of its current connection only, and knows
 * whether its consumer is attached. The adapter listens to every connection it ever opened with the
 * activation itself; after a broker restart, a session of the dead connection that fails to
 * acknowledge would report that failure and tear down the new, healthy connection — again and
 * again, so the bean never consumed again.
 */
class FaithfulActivation extends JmsActivation {

  private static final Logger LOG = Logger.getLogger(FaithfulActivation.class.getName());

  // Set once the consumer is open and its connection delivering; cleared by every teardown: a lost
  // connection, a consumer the broker closed (its queue deleted), a session the broker ended
  // (heard through InboundContextFactory), the bean's deactivation.
  private volatile boolean attached;

  FaithfulActivation(
      JmsResourceAdapter adapter, MessageEndpointFactory endpoints, JmsActivationSpec spec)
      throws ResourceException {
    super(adapter, endpoints, spec);
  }

  // Called right after the connection is set up: the adapter's own steps, with its sessions
  // replaced by ones that give back what their bean could not take.
  @Override
  protected void setupSessionPool() throws Exception {
    Connection current = connection;
    current.setExceptionListener(failure -> onFailureOf(current, failure));
    pool = new ReleasingServerSessionPool(this);
    pool.start();
    current.start();
    attached = true;
  }

  @Override
  protected void teardown() {
    attached = false;
    super.teardown();
  }

  /** Whether the bean's consumer is attached to the broker now, taking messages. */
  boolean attached() {
    return attached;
  }

  /** What the bean consumes, as {@link Consumers} names it. */
  String consumed() {
    return spec instanceof FinchatActivationSpec finchat
        ? finchat.consumed()
        : spec.getDestination();
  }

  private void onFailureOf(Connection failed, JMSException failure) {
    if (failed == connection) {
      onException(failure);
    } else {
      LOG.fine(() -> "Ignored a failure of a connection no longer in use: " + failure.getMessage());
    }
  }
}
