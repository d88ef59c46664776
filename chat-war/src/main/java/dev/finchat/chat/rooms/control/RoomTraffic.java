package dev.finchat.chat.rooms.control;

import dev.finchat.chat.infrastructure.BrokerSender;
import dev.finchat.chat.infrastructure.ChatNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the chat nodes tell each other through one broker topic: the messages they store, who has a
 * room open, who is typing. Every node subscribes ({@code RoomTrafficConsumer}). It is the fast
 * path only: messages the broker loses are read from the database, presence is repeated.
 */
@ApplicationScoped
public class RoomTraffic {

  private static final Logger LOG = Logger.getLogger(RoomTraffic.class.getName());

  /** The topic every chat node publishes its rooms' events on, by routing key. */
  public static final String TOPIC = "finchat.rooms";

  public static final String TOPIC_ADDRESS = "/topic/" + TOPIC;

  /** Message properties: what it is, its room, the node that sent it, a stored message's number. */
  public static final String KIND = "finchat_kind";

  public static final String ROOM = "finchat_room";
  public static final String ORIGIN = "finchat_origin";
  public static final String SEQUENCE = "finchat_seq";

  public static final String MESSAGE = "message";
  public static final String PRESENCE = "presence";
  public static final String TYPING = "typing";
  public static final String ROOM_FRAME = "frame";

  /** Past this, another node has long filled a gap from storage, or heard presence again. */
  private static final Duration LIFETIME = Duration.ofMinutes(1);

  @Inject BrokerSender broker;
  @Inject ChatNode node;

  /** A message stored here; its body is the frame the pages receive. */
  public void publishMessage(PostedFrame posted) {
    publish(MESSAGE, posted.room(), posted.frame(), posted.sequence());
  }

  /** Who has {@code room} open on this node; the body is a JSON array of usernames. */
  public void publishPresence(String room, List<String> users) {
    var names = Frames.JSON.createArrayBuilder();
    users.forEach(names::add);
    publish(PRESENCE, room, names.build().toString(), null);
  }

  /** Someone on this node is typing in {@code room}; the body is the frame others' pages get. */
  public void publishTyping(String room, String frame) {
    publish(TYPING, room, frame, null);
  }

  /**
   * A frame for every page of {@code room} on every node (a message deleted, the room archived).
   */
  public void publishRoomFrame(String room, String frame) {
    publish(ROOM_FRAME, room, frame, null);
  }

  private void publish(String kind, String room, String body, Long sequence) {
    boolean queued =
        broker.sendLater(
            session -> send(session, kind, room, body, sequence),
            e -> LOG.fine(() -> "Could not tell the other chat nodes: " + e.getMessage()));
    if (!queued) {
      LOG.fine("Too many sends wait: the other chat nodes are not told this " + kind);
    }
  }

  private void send(Session session, String kind, String room, String body, Long sequence)
      throws JMSException {
    try (var producer = session.createProducer(session.createTopic(TOPIC_ADDRESS))) {
      var message = session.createTextMessage(body);
      message.setStringProperty(KIND, kind);
      message.setStringProperty(ROOM, room);
      message.setStringProperty(ORIGIN, node.name());
      if (sequence != null) {
        message.setLongProperty(SEQUENCE, sequence);
      }
      producer.send(
          message, DeliveryMode.NON_PERSISTENT, Message.DEFAULT_PRIORITY, LIFETIME.toMillis());
    }
  }
}
