package dev.finchat.chat.rooms.boundary;

import dev.finchat.chat.infrastructure.ChatNode;
import dev.finchat.chat.infrastructure.RoomTopic;
import dev.finchat.chat.rooms.control.ChatSessions;
import dev.finchat.chat.rooms.control.Frames;
import dev.finchat.chat.rooms.control.MessageDeletion;
import dev.finchat.chat.rooms.control.PostedFrame;
import dev.finchat.chat.rooms.control.RoomFeed;
import dev.finchat.chat.rooms.control.RoomPresence;
import dev.finchat.chat.rooms.control.RoomTraffic;
import dev.finchat.chat.users.control.SignOut;
import dev.finchat.chat.users.control.SignOuts;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hears the messages every chat node publishes as it stores them, and hands those of other nodes to
 * this node's pages; and the notices to sign a person out, which it hands to {@link SignOuts}. Each
 * node has its own subscription, so each hears every message.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(propertyName = "topic", propertyValue = RoomTopic.TOPIC),
      // One session: the topic hands this node the rooms' messages in the order they were
      // published, and so each room's in number order. Concurrent sessions reordered them, and a
      // message that overtook another waited for it, or for the gap sweep and the database.
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoomTrafficConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(RoomTrafficConsumer.class.getName());

  @Inject RoomFeed feed;
  @Inject RoomPresence presence;
  @Inject ChatSessions sessions;
  @Inject ChatNode node;
  @Inject SignOuts signOuts;
  @Inject MessageDeletion deletion;

  @Override
  public void onMessage(Message published) {
    try {
      String origin = published.getStringProperty(RoomTopic.ORIGIN);
      String room = published.getStringProperty(RoomTopic.ROOM);
      if (node.name().equals(origin)) {
        return; // this node's own: its pages have it already
      }
      String kind = String.valueOf(published.getStringProperty(RoomTopic.KIND));
      if (SignOuts.KIND.equals(kind) && published instanceof TextMessage notice) {
        signOuts.heard(SignOut.of(notice.getText()));
        return;
      }
      if (!(published instanceof TextMessage text) || origin == null || room == null) {
        LOG.warning(() -> "Ignored a room message without origin, room or text: " + published);
        return;
      }
      switch (kind) {
        case RoomTraffic.MESSAGE ->
            feed.arrived(
                new PostedFrame(
                    room, published.getLongProperty(RoomTopic.SEQUENCE), text.getText()));
        case RoomTraffic.PRESENCE -> presence.heard(origin, room, usernames(text.getText()));
        case RoomTraffic.TYPING, RoomTraffic.ROOM_FRAME -> sessions.broadcast(room, text.getText());
        case RoomTraffic.DELETION -> deletion.heard(room, text.getText());
        default -> LOG.warning(() -> "Ignored a room message of an unknown kind: " + published);
      }
    } catch (JMSException | RuntimeException e) {
      // The adapter acknowledges regardless: a message missed here is read from storage, presence
      // is repeated, and a sign-out is caught by the sessions' own check (SessionCheck).
      LOG.log(Level.WARNING, "Could not handle a message from another chat node", e);
    }
  }

  private static List<String> usernames(String json) {
    try (var reader = Frames.JSON.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
  }
}
