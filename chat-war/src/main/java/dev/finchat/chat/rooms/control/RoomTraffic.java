package dev.finchat.chat.rooms.control;

import dev.finchat.chat.infrastructure.RoomTopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the chat nodes tell each other through one broker topic ({@link RoomTopic}): the messages
 * they store, who has a room open, who is typing. Every node subscribes ({@code
 * RoomTrafficConsumer}). It is the fast path only: messages the broker loses are read from the
 * database, presence is repeated.
 */
@ApplicationScoped
public class RoomTraffic {

  private static final Logger LOG = Logger.getLogger(RoomTraffic.class.getName());

  /** The kinds of event, each published with its room. */
  public static final String MESSAGE = "message";

  public static final String PRESENCE = "presence";
  public static final String TYPING = "typing";
  public static final String ROOM_FRAME = "frame";
  public static final String DELETION = "deletion";

  @Inject RoomTopic topic;

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

  /** A message deleted by its author here; the body is the frame pages get. */
  public void publishDeletion(String room, String frame) {
    publish(DELETION, room, frame, null);
  }

  private void publish(String kind, String room, String body, Long sequence) {
    boolean queued =
        topic.publishLater(
            kind,
            room,
            body,
            sequence,
            e -> LOG.fine(() -> "Could not tell the other chat nodes: " + e.getMessage()));
    if (!queued) {
      LOG.fine("Too many sends wait: the other chat nodes are not told this " + kind);
    }
  }
}
