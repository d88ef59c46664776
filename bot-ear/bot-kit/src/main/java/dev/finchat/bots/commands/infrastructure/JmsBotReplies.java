package dev.finchat.bots.commands.infrastructure;

import dev.finchat.amqp.BrokerLink;
import dev.finchat.bots.commands.control.BotReplies;
import dev.finchat.bots.commands.control.DeliveryFailed;
import dev.finchat.wire.Command;
import dev.finchat.wire.Commands;
import dev.finchat.wire.Queues;
import dev.finchat.wire.Replies;
import dev.finchat.wire.Reply;
import dev.finchat.wire.WireMessage;
import dev.finchat.wire.jms.JmsWire;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bots' answers over the bot node's one long-lived broker connection: replies and commands put
 * back are sent as the chat nodes send commands (not persistent, no time to live: see {@link
 * Commands#DEADLINE}; RabbitMQ's policy drops what waits 60 s, and a chat node ignores a reply to a
 * command it no longer waits for); dead letters are kept persistent.
 */
@ApplicationScoped
public class JmsBotReplies implements BotReplies {

  private BrokerLink broker;

  @PostConstruct
  void open() {
    broker = new BrokerLink();
  }

  @PreDestroy
  void close() {
    broker.close();
  }

  @Override
  public void send(String replyQueue, Reply reply) throws DeliveryFailed {
    send(
        session -> JmsWire.queue(session, replyQueue),
        Replies.encode(reply),
        DeliveryMode.NON_PERSISTENT);
  }

  @Override
  public void requeue(String queue, Command command) throws DeliveryFailed {
    send(
        session -> JmsWire.queue(session, queue),
        Commands.encode(command),
        DeliveryMode.NON_PERSISTENT);
  }

  @Override
  public void deadLetter(WireMessage message, String reason) throws DeliveryFailed {
    Map<String, Object> properties = new HashMap<>(message.properties());
    properties.put(Commands.DEAD_LETTER_REASON, reason);
    send(
        session -> JmsWire.queue(session, Queues.DEAD_LETTER),
        new WireMessage(message.body(), message.correlationId(), message.replyQueue(), properties),
        DeliveryMode.PERSISTENT);
  }

  /** Why nothing could be sent right now; empty when the broker can be reached. */
  public Optional<String> brokerProblem() {
    return broker.problem();
  }

  private interface Address {
    Destination of(Session session) throws JMSException;
  }

  private void send(Address address, WireMessage message, int deliveryMode) throws DeliveryFailed {
    try (var connection = broker.connection();
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var producer = session.createProducer(address.of(session))) {
      producer.send(JmsWire.write(session, message), deliveryMode, Message.DEFAULT_PRIORITY, 0);
    } catch (JMSException | RuntimeException e) {
      throw new DeliveryFailed("the broker did not take the message: " + e.getMessage(), e);
    }
  }
}
