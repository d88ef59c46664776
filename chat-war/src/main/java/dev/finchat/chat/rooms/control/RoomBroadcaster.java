package dev.finchat.chat.rooms.control;

import dev.finchat.chat.history.control.MessagePosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Delivers a stored message to the room's open pages on this node, once its transaction has
 * committed: nothing is shown that was not stored.
 */
@ApplicationScoped
public class RoomBroadcaster {

  @Inject ChatSessions sessions;

  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
    sessions.broadcast(posted.message().room(), Frames.message(posted.message()));
  }
}
