package dev.finchat.chat.rooms.control;

import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.history.control.MessageHistory.Draft;
import dev.finchat.chat.rooms.entity.ChatMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Posts messages to a room, one writer at a time per room so that numbers are taken and delivered
 * in order. A room stores what waits in one transaction (group commit): its row is locked from the
 * first number taken to the commit, so one transaction per message capped a room at one commit's
 * worth (under 100 messages/s on PostgreSQL here); the posts that queued up during a commit now go
 * together in the next.
 */
@ApplicationScoped
public class RoomPosts {

  /** The most messages one transaction stores: bounds how long the room row stays locked. */
  static final int MOST_PER_COMMIT = 200;

  @Inject MessageHistory history;

  private final Map<String, RoomWriter> writers = new ConcurrentHashMap<>();

  public boolean exists(String room) {
    return room != null && history.roomExists(room);
  }

  /**
   * Stores the message and returns it once committed; whoever holds the room's writer stores it,
   * with whatever else waits.
   *
   * @throws dev.finchat.chat.history.control.RoomArchived if the room is archived
   */
  public ChatMessage post(String room, String author, String text) {
    var writer = writers.computeIfAbsent(room, name -> new RoomWriter());
    var post = new WaitingPost(new Draft(author, text), new CompletableFuture<>());
    writer.waiting.add(post);
    writer.lock.lock();
    try {
      while (!post.stored.isDone()) {
        storeWaiting(room, writer.waiting);
      }
    } finally {
      writer.lock.unlock();
    }
    try {
      return post.stored.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** One transaction for what waits (up to {@link #MOST_PER_COMMIT}), in the order it came. */
  private void storeWaiting(String room, Queue<WaitingPost> waiting) {
    List<WaitingPost> batch = new ArrayList<>();
    for (WaitingPost next; batch.size() < MOST_PER_COMMIT && (next = waiting.poll()) != null; ) {
      batch.add(next);
    }
    try {
      var stored = history.post(room, batch.stream().map(WaitingPost::draft).toList());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).stored.complete(stored.get(i));
      }
    } catch (RuntimeException e) {
      // Nothing of the batch was stored: every sender is told, none is left waiting.
      batch.forEach(post -> post.stored.completeExceptionally(e));
    }
  }

  private static final class RoomWriter {
    final ReentrantLock lock = new ReentrantLock(true);
    final Queue<WaitingPost> waiting = new ConcurrentLinkedQueue<>();
  }

  private record WaitingPost(Draft draft, CompletableFuture<ChatMessage> stored) {}
}
