package dev.finchat.chat.rooms.boundary;

import dev.finchat.amqp.Broker;
import dev.finchat.chat.commands.control.ChatNode;
import dev.finchat.chat.rooms.control.PostedFrame;
import dev.finchat.chat.rooms.control.RoomFeed;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hears the messages every chat node publishes as it stores them, and hands those of other nodes to
 * this node's pages. Each node has its own subscription, so each hears every message.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(
          propertyName = "connectionFactory",
          propertyValue = Broker.CONNECTION_FACTORY),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "rooms"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "jndiParameters",
          propertyValue = Broker.JNDI_PARAMETERS + "topic.rooms=" + PostedFrame.TOPIC_ADDRESS),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = "-1"),
      @ActivationConfigProperty(
          propertyName = "reconnectInterval",
          propertyValue = Broker.RECONNECT_INTERVAL_SECONDS)
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoomTrafficConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(RoomTrafficConsumer.class.getName());

  @Inject RoomFeed feed;
  @Inject ChatNode node;

  @Override
  public void onMessage(Message published) {
    try {
      if (node.name().equals(published.getStringProperty(PostedFrame.ORIGIN))) {
        return; // delivered here when it was stored
      }
      if (published instanceof TextMessage text
          && published.propertyExists(PostedFrame.ROOM)
          && published.propertyExists(PostedFrame.SEQUENCE)) {
        feed.arrived(
            new PostedFrame(
                published.getStringProperty(PostedFrame.ROOM),
                published.getLongProperty(PostedFrame.SEQUENCE),
                text.getText()));
      } else {
        LOG.warning(() -> "Ignored a room message without room, number or text: " + published);
      }
    } catch (JMSException | RuntimeException e) {
      // The adapter acknowledges regardless; a message missed here is filled from storage.
      LOG.log(Level.WARNING, "Could not deliver a message from another chat node", e);
    }
  }
}
