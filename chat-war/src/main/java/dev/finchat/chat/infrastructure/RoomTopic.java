package dev.finchat.chat.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The broker topic the chat nodes tell each other their rooms' events on, as JMS messages: a text
 * body with its kind, room, origin node and, for a stored message, its number as properties; and
 * the few notices that concern no room but every node (a person signed out by an administrator).
 * Sent on {@link BrokerSender}'s connection and threads, never persisted.
 */
@ApplicationScoped
public class RoomTopic {

  /** The topic every chat node publishes its rooms' events on, by routing key. */
  public static final String TOPIC = "finchat.rooms";

  public static final String TOPIC_ADDRESS = "/topic/" + TOPIC;

  /** Message properties: what it is, its room, the node that sent it, a stored message's number. */
  public static final String KIND = "finchat_kind";

  public static final String ROOM = "finchat_room";
  public static final String ORIGIN = "finchat_origin";
  public static final String SEQUENCE = "finchat_seq";

  /** Past this, another node has long filled a gap from storage, or heard presence again. */
  private static final Duration LIFETIME = Duration.ofMinutes(1);

  @Inject BrokerSender broker;
  @Inject ChatNode node;

  /**
   * Publishes on a sender thread, with this node as its origin; {@code failed} hears why when the
   * broker cannot be reached. {@code sequence} is null for anything but a stored message.
   *
   * @return false, at once, when too many sends already wait
   */
  public boolean publishLater(
      String kind, String room, String body, Long sequence, Consumer<Exception> failed) {
    return broker.sendLater(session -> send(session, kind, room, body, sequence), failed);
  }

  /**
   * Publishes a notice for every chat node that concerns no room (a person to sign out), as {@link
   * #publishLater(String, String, String, Long, Consumer)} does.
   */
  public boolean publishNoticeLater(String kind, String body, Consumer<Exception> failed) {
    return broker.sendLater(session -> send(session, kind, null, body, null), failed);
  }

  private void send(Session session, String kind, String room, String body, Long sequence)
      throws JMSException {
    try (var producer = session.createProducer(session.createTopic(TOPIC_ADDRESS))) {
      var message = session.createTextMessage(body);
      message.setStringProperty(KIND, kind);
      if (room != null) {
        message.setStringProperty(ROOM, room);
      }
      message.setStringProperty(ORIGIN, node.name());
      if (sequence != null) {
        message.setLongProperty(SEQUENCE, sequence);
      }
      producer.send(
          message, DeliveryMode.NON_PERSISTENT, Message.DEFAULT_PRIORITY, LIFETIME.toMillis());
    }
  }
}
