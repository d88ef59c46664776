package dev.finchat.chat.rooms.control;

import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.history.control.MessageHistory.Draft;
import dev.finchat.chat.history.control.RoomArchived;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores the messages people post, each room's in the order they came, on writer threads of its own
 * so that no page's thread waits for the database. A room stores whatever waits in one transaction
 * (group commit): its row is locked from the first number taken to the commit, so one transaction
 * per message capped a room at one commit's worth (under 100 messages/s on PostgreSQL here), and
 * pages' threads queued behind that lock starved every other room.
 */
@ApplicationScoped
public class RoomPosts {

  private static final Logger LOG = Logger.getLogger(RoomPosts.class.getName());

  /** The most messages one transaction stores: bounds how long the room row stays locked. */
  static final int MOST_PER_COMMIT = 200;

  /** Messages waiting in one room beyond which its senders are told to send again later. */
  static final int MOST_WAITING = 5_000;

  private static final int WRITERS = 4;

  @Inject MessageHistory history;
  @Inject Rooms storedRooms;

  @Resource ManagedThreadFactory threads;

  // Threads from the managed factory carry the application's context once, for life: Payara's
  // managed executors capture it on every task, through a lock shared by the whole node.
  ExecutorService writers;

  private final Map<String, RoomWriter> rooms = new ConcurrentHashMap<>();

  @PostConstruct
  void start() {
    writers = Executors.newFixedThreadPool(WRITERS, threads);
  }

  @PreDestroy
  void stop() {
    writers.shutdownNow();
  }

  public boolean exists(String room) {
    return room != null && storedRooms.exists(room);
  }

  /**
   * Queues a message to be stored, then delivered to the room; {@code failed} hears why if it
   * cannot be stored (the room is archived, the database is down).
   *
   * @return false, at once, when {@value #MOST_WAITING} messages already wait in the room
   */
  public boolean post(String room, String author, String text, Consumer<RuntimeException> failed) {
    var writer = rooms.computeIfAbsent(room, RoomWriter::new);
    if (!writer.offer(new WaitingPost(new Draft(author, text), failed))) {
      return false;
    }
    writer.writeSoon();
    return true;
  }

  /** A room's waiting messages and whether a writer is on them: one at a time, so in order. */
  private final class RoomWriter {
    private final String room;
    private final Queue<WaitingPost> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    RoomWriter(String room) {
      this.room = room;
    }

    boolean offer(WaitingPost post) {
      if (count.incrementAndGet() > MOST_WAITING) {
        count.decrementAndGet();
        return false;
      }
      waiting.add(post);
      return true;
    }

    void writeSoon() {
      if (scheduled.compareAndSet(false, true)) {
        try {
          writers.execute(this::writeOneBatch);
        } catch (RejectedExecutionException e) {
          // The node is stopping: its senders hear so rather than wait for nothing.
          scheduled.set(false);
          var stopping = new IllegalStateException("the chat node is stopping", e);
          for (WaitingPost post; (post = waiting.poll()) != null; ) {
            count.decrementAndGet();
            post.failed().accept(stopping);
          }
        }
      }
    }

    /** One transaction, then the room goes to the back of the line: busy rooms take turns. */
    private void writeOneBatch() {
      List<WaitingPost> batch = new ArrayList<>();
      for (WaitingPost next; batch.size() < MOST_PER_COMMIT && (next = waiting.poll()) != null; ) {
        batch.add(next);
      }
      count.addAndGet(-batch.size());
      try {
        if (!batch.isEmpty()) {
          history.post(room, batch.stream().map(WaitingPost::draft).toList());
        }
      } catch (RuntimeException e) {
        // Nothing of the batch was stored: every sender is told, none is left waiting.
        LOG.log(
            e instanceof RoomArchived ? Level.FINE : Level.WARNING,
            "Could not store " + batch.size() + " messages in " + room,
            e);
        batch.forEach(post -> post.failed().accept(e));
      } finally {
        scheduled.set(false);
        if (!waiting.isEmpty()) {
          writeSoon();
        }
      }
    }
  }

  private record WaitingPost(Draft draft, Consumer<RuntimeException> failed) {}
}
