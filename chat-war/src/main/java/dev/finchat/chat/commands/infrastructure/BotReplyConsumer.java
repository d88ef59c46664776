package dev.finchat.chat.commands.infrastructure;

import dev.finchat.chat.commands.control.CommandDispatcher;
import dev.finchat.chat.infrastructure.ChatNode;
import dev.finchat.wire.Queues;
import dev.finchat.wire.Replies;
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

/** Consumes the bots' replies from this chat node's own reply queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(
          propertyName = "queue",
          propertyValue = Queues.REPLY_PREFIX + "${" + ChatNode.NODE + "}"),
      // The node's name when nothing names it (one node, tests).
      @ActivationConfigProperty(
          propertyName = "jndiParameters",
          propertyValue = ChatNode.NODE + "=" + ChatNode.DEFAULT_NODE)
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BotReplyConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(BotReplyConsumer.class.getName());

  @Inject CommandDispatcher dispatcher;

  @Override
  public void onMessage(Message reply) {
    try {
      dispatcher.answer(Replies.decode(JmsWire.read(reply)));
    } catch (UnreadableMessage e) {
      LOG.warning(() -> "Ignored a reply that is not one: " + e.getMessage() + ": " + reply);
    } catch (JMSException | RuntimeException e) {
      // The adapter acknowledges regardless: log rather than throw.
      LOG.log(Level.SEVERE, "Could not deliver a bot reply", e);
    }
  }
}
