package dev.finchat.bots.commands.boundary;

import dev.finchat.wire.Catalogue;
import dev.finchat.wire.Queues;
import dev.finchat.wire.UnreadableMessage;
import dev.finchat.wire.jms.JmsWire;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hears the catalogue topic, so that a chat node's ask is answered with this node's bots. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(propertyName = "topic", propertyValue = Queues.CATALOGUE),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(CatalogueConsumer.class.getName());

  @Inject BotCatalogue catalogue;

  @Override
  public void onMessage(Message message) {
    try {
      catalogue.heard(Catalogue.decode(JmsWire.read(message)));
    } catch (UnreadableMessage e) {
      LOG.warning(() -> "Ignored catalogue news that is not: " + e.getMessage());
    } catch (JMSException | RuntimeException e) {
      // The adapter acknowledges regardless: log rather than throw.
      LOG.log(Level.SEVERE, "Could not read catalogue news", e);
    }
  }
}
