package dev.finchat.wire.jms;

import dev.finchat.amqp.Broker;
import dev.finchat.wire.WireMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wire messages as JMS text messages and back: the body is the text, the correlation id is {@code
 * JMSCorrelationID}, the reply queue is {@code JMSReplyTo} (addressed as the broker wants a named
 * queue), and every property is an application property of the same name. The one place that knows
 * both.
 */
public final class JmsWire {

  private JmsWire() {}

  /** A text message of {@code session} that carries {@code wire}. */
  public static TextMessage write(Session session, WireMessage wire) throws JMSException {
    TextMessage message = session.createTextMessage(wire.body());
    message.setJMSCorrelationID(wire.correlationId());
    if (wire.replyQueue().isPresent()) {
      message.setJMSReplyTo(queue(session, wire.replyQueue().get()));
    }
    for (var property : wire.properties().entrySet()) {
      message.setObjectProperty(property.getKey(), property.getValue());
    }
    return message;
  }

  /** The queue named {@code name}, as a destination of {@code session}. */
  public static Queue queue(Session session, String name) throws JMSException {
    return session.createQueue(Broker.queueAddress(name));
  }

  /** The topic named {@code name} (its routing key), as a destination of {@code session}. */
  public static Topic topic(Session session, String name) throws JMSException {
    return session.createTopic("/topic/" + name);
  }

  /**
   * What {@code message} carries; a message that is not text carries no body (the contract's
   * decoders refuse it).
   */
  public static WireMessage read(Message message) throws JMSException {
    String body = message instanceof TextMessage text ? text.getText() : null;
    Map<String, Object> properties = new HashMap<>();
    for (Object name : Collections.list(message.getPropertyNames())) {
      // The JMS provider's own (JMSXDeliveryCount, …) are not the sender's to carry on.
      if (((String) name).startsWith("JMS")) {
        continue;
      }
      Object value = message.getObjectProperty((String) name);
      if (value != null) {
        properties.put((String) name, value);
      }
    }
    return new WireMessage(
        body, message.getJMSCorrelationID(), queueName(message.getJMSReplyTo()), properties);
  }

  private static Optional<String> queueName(jakarta.jms.Destination destination)
      throws JMSException {
    if (!(destination instanceof Queue queue) || queue.getQueueName() == null) {
      return Optional.empty();
    }
    String address = queue.getQueueName();
    return Optional.of(
        address.startsWith(Broker.QUEUE_ADDRESS_PREFIX)
            ? address.substring(Broker.QUEUE_ADDRESS_PREFIX.length())
            : address);
  }
}
