package dev.finchat.chat.rooms.control;

import dev.finchat.chat.commands.control.ChatNode;
import dev.finchat.chat.history.control.MessagePosted;
import dev.finchat.chat.infrastructure.BrokerSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Delivers a stored message, once its transaction has committed (nothing is shown that was not
 * stored): to this node's open pages at once, and to the other chat nodes through the broker.
 */
@ApplicationScoped
public class RoomBroadcaster {

  private static final Logger LOG = Logger.getLogger(RoomBroadcaster.class.getName());

  /** Past this, another node has long filled the gap from storage. */
  private static final Duration PUBLISHED_LIFETIME = Duration.ofMinutes(1);

  @Inject RoomFeed feed;
  @Inject BrokerSender broker;
  @Inject ChatNode node;

  void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
    var frame = PostedFrame.of(posted.message());
    feed.arrived(frame);
    boolean queued =
        broker.sendLater(
            session -> publish(session, frame),
            e -> LOG.fine(() -> "Other chat nodes will read it from storage: " + e.getMessage()));
    if (!queued) {
      LOG.fine("Too many sends wait: other chat nodes will read the message from storage");
    }
  }

  private void publish(Session session, PostedFrame frame) throws JMSException {
    try (var producer = session.createProducer(session.createTopic(PostedFrame.TOPIC_ADDRESS))) {
      var message = session.createTextMessage(frame.frame());
      message.setStringProperty(PostedFrame.ROOM, frame.room());
      message.setLongProperty(PostedFrame.SEQUENCE, frame.sequence());
      message.setStringProperty(PostedFrame.ORIGIN, node.name());
      producer.send(
          message,
          DeliveryMode.NON_PERSISTENT,
          Message.DEFAULT_PRIORITY,
          PUBLISHED_LIFETIME.toMillis());
    }
  }
}
