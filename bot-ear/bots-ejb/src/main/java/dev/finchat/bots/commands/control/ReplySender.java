package dev.finchat.bots.commands.control;

import dev.finchat.amqp.Broker;
import dev.finchat.amqp.BrokerLink;
import dev.finchat.amqp.CommandProtocol;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.Optional;

/** Sends replies and dead letters over the bot node's one long-lived broker connection. */
@ApplicationScoped
public class ReplySender {

  private BrokerLink broker;

  @PostConstruct
  void open() {
    broker = new BrokerLink();
  }

  @PreDestroy
  void close() {
    broker.close();
  }

  public void send(Destination replyTo, String correlationId, BotReply reply) throws JMSException {
    try (var connection = broker.connection();
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var producer = session.createProducer(replyTo)) {
      TextMessage message = session.createTextMessage(reply.text());
      message.setJMSCorrelationID(correlationId);
      message.setStringProperty(CommandProtocol.OUTCOME, reply.outcome());
      if (reply.chart().isPresent()) {
        message.setStringProperty(CommandProtocol.CHART, reply.chart().get().toProperty());
      }
      // No time to live (see CommandProtocol.DEADLINE): RabbitMQ's policy drops what waits 60 s,
      // and a chat node ignores a reply to a command it no longer waits for.
      producer.send(message, DeliveryMode.NON_PERSISTENT, Message.DEFAULT_PRIORITY, 0);
    }
  }

  /** Why no reply could be sent right now; empty when the broker can be reached. */
  public Optional<String> brokerProblem() {
    return broker.problem();
  }

  /**
   * Puts a command back on the queue it came from, marked {@link CommandProtocol#REQUEUED}, with
   * its deadline, for whichever bot node takes it next.
   */
  public void requeue(Message original, String body) throws JMSException {
    if (original.getJMSDestination() == null
        || CommandProtocol.pastDeadline(original, System.currentTimeMillis())) {
      throw new JMSException("the command has no queue to go back to, or no time left");
    }
    try (var connection = broker.connection();
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var producer = session.createProducer(original.getJMSDestination())) {
      TextMessage copy = session.createTextMessage(body);
      carryOver(original, copy);
      copy.setBooleanProperty(CommandProtocol.REQUEUED, true);
      producer.send(copy, original.getJMSDeliveryMode(), original.getJMSPriority(), 0);
    }
  }

  /** Keeps a message no bot can answer, with the reason, for people to look at. */
  public void deadLetter(Message original, String body, String reason) throws JMSException {
    try (var connection = broker.connection();
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var producer =
            session.createProducer(
                session.createQueue(Broker.queueAddress(CommandProtocol.DEAD_LETTER_QUEUE)))) {
      // An unreadable original keeps no body here: its properties and the reason say what it was.
      TextMessage message = session.createTextMessage(body);
      message.setStringProperty(CommandProtocol.DEAD_LETTER_REASON, reason);
      carryOver(original, message);
      producer.send(message, DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY, 0);
    }
  }

  /** What names a command and its asker: the command, the correlation id, the reply address. */
  private static void carryOver(Message original, Message copy) throws JMSException {
    String command = original.getStringProperty(CommandProtocol.COMMAND);
    if (command != null) {
      copy.setStringProperty(CommandProtocol.COMMAND, command);
    }
    if (original.getJMSCorrelationID() != null) {
      copy.setJMSCorrelationID(original.getJMSCorrelationID());
    }
    if (original.getJMSReplyTo() != null) {
      copy.setJMSReplyTo(original.getJMSReplyTo());
    }
    if (original.propertyExists(CommandProtocol.DEADLINE)) {
      copy.setLongProperty(
          CommandProtocol.DEADLINE, original.getLongProperty(CommandProtocol.DEADLINE));
    }
  }
}
