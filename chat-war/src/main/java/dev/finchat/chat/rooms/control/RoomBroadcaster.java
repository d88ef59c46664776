package dev.finchat.chat.rooms.control;

import dev.finchat.chat.history.control.MessagePosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Delivers a stored message, once its transaction has committed (nothing is shown that was not
 * stored): to this node's open pages at once, and to the other chat nodes through the broker.
 */
@ApplicationScoped
public class RoomBroadcaster {

  @Inject RoomFeed feed;
  @Inject RoomTraffic traffic;
  @Inject ChatSessions sessions;

  /** Sends {@code frame} to every open page of the room, on this node and every other. */
  public void toEveryNode(String room, String frame) {
    sessions.broadcast(room, frame);
    traffic.publishRoomFrame(room, frame);
  }

  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
    var frame = PostedFrame.of(posted.message());
    feed.arrived(frame);
    traffic.publishMessage(frame);
  }
}
