package dev.finchat.chat.rooms.control;

import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.infrastructure.Timers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers every room's messages to this node's open pages in sequence order, each once: those
 * stored on this node and those other chat nodes stored and published through the broker. The
 * broker is only the fast path: a message it lost or delayed leaves a gap, which is filled from
 * storage after {@link #GAP_PATIENCE}.
 */
@ApplicationScoped
public class RoomFeed {

  private static final Logger LOG = Logger.getLogger(RoomFeed.class.getName());

  /** How long a later message waits for a missing one before storage is asked for it. */
  static final Duration GAP_PATIENCE = Duration.ofMillis(500);

  private static final Duration GAP_SWEEP = Duration.ofMillis(200);

  @Inject ChatSessions sessions;

  @Inject MessageHistory history;

  @Inject Timers timers;

  private final Map<String, RoomSequence> rooms = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();
  private ScheduledFuture<?> sweep;

  @PostConstruct
  void start() {
    sweep = timers.every(GAP_SWEEP, "Filling the rooms' gaps", this::fillGaps);
  }

  @PreDestroy
  void stop() {
    sweep.cancel(false);
  }

  /**
   * A page is opening the room: from now on each of its messages counts, and one missing is looked
   * for. The page reads what came before from the history.
   */
  public void joined(String room) {
    rooms.computeIfAbsent(room, name -> new RoomSequence(history.lastSequence(name)));
  }

  /** A message stored here, or published by another chat node: delivered once, in order. */
  public void arrived(PostedFrame posted) {
    var sequence =
        rooms.computeIfAbsent(posted.room(), room -> new RoomSequence(posted.sequence() - 1));
    // Delivering under the room's lock keeps two threads' messages in the order they were taken.
    synchronized (sequence) {
      deliver(sequence.offer(posted, clock.instant()));
    }
  }

  private void deliver(List<PostedFrame> ready) {
    ready.forEach(posted -> sessions.broadcast(posted.room(), posted.frame()));
  }

  private void fillGaps() {
    rooms.forEach(
        (room, sequence) -> {
          try {
            synchronized (sequence) {
              if (sequence.gapOlderThan(GAP_PATIENCE, clock.instant())) {
                var stored =
                    history.inRoomAfter(room, sequence.delivered()).stream()
                        .map(PostedFrame::of)
                        .toList();
                LOG.fine(() -> "Filling a gap in " + room + " from storage");
                deliver(sequence.fill(stored, clock.instant()));
              }
            }
          } catch (RuntimeException e) {
            // A periodic task that throws is never run again: log and try at the next sweep.
            LOG.log(Level.WARNING, "Could not fill a gap in room " + room, e);
          }
        });
  }
}
