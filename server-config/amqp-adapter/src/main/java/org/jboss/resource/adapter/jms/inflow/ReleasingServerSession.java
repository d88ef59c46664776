package org.jboss.resource.adapter.jms.inflow;

import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.resource.ResourceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A server session that gives a message back to the broker when its bean cannot take it. The
 * adapter's own session logs any failure to deliver and returns normally, so Qpid JMS acknowledges
 * the message: while a node stops, the container refuses deliveries for a moment before the adapter
 * closes its consumer, and the commands it receives then would be lost. Failing here instead makes
 * Qpid release the message, and the broker hands it to another node. It sits in the adapter's
 * package because the endpoint it delivers to is visible there only.
 */
public class ReleasingServerSession extends JmsServerSession {

  private static final Logger LOG = Logger.getLogger(ReleasingServerSession.class.getName());

  public ReleasingServerSession(JmsServerSessionPool pool) {
    super(pool);
  }

  @Override
  public void onMessage(Message message) {
    try {
      endpoint.beforeDelivery(JmsActivation.ONMESSAGE);
    } catch (NoSuchMethodException | ResourceException | RuntimeException refused) {
      LOG.info(() -> "Gave a message back to the broker: " + refused.getMessage());
      throw new NotDelivered(refused);
    }
    try {
      ((MessageListener) endpoint).onMessage(message);
    } catch (RuntimeException failed) {
      LOG.log(Level.SEVERE, "A message-driven bean failed on a message", failed);
    } finally {
      try {
        endpoint.afterDelivery();
      } catch (ResourceException | RuntimeException e) {
        LOG.log(Level.WARNING, "Could not end a delivery", e);
      }
    }
  }

  /**
   * Releases the bean's endpoint and leaves the session open: the activation tears its pool down
   * only to close the connection next, which ends every session at once, and the pool waits for a
   * session still delivering before that. Closed one by one, each through the broker, the pool's
   * sessions took 13 s on the embedded Artemis (every other close answered after 2 s), and a bean
   * whose connection failed consumed again only after them.
   */
  @Override
  public void teardown() {
    try {
      if (endpoint != null) {
        endpoint.release();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not release the endpoint", e);
    }
  }

  /** Tells Qpid JMS the message was not delivered: it releases the message to the broker. */
  static final class NotDelivered extends RuntimeException {
    NotDelivered(Exception cause) {
      super("the message-driven bean is not taking messages now", cause);
    }
  }
}
