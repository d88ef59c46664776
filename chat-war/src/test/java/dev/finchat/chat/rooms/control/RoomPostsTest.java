package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.history.control.RoomArchived;
import dev.finchat.chat.rooms.entity.ChatMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoomPostsTest {

  /** Stores in memory, taking its time over each transaction as a database commit does. */
  static final class SlowStorage extends MessageHistory {
    final List<Integer> transactions = Collections.synchronizedList(new ArrayList<>());
    volatile RuntimeException failure;
    private long lastSequence;

    @Override
    public synchronized List<ChatMessage> post(String room, List<Draft> drafts) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      if (failure != null) {
        throw failure;
      }
      transactions.add(drafts.size());
      return drafts.stream()
          .map(d -> new ChatMessage(room, ++lastSequence, d.author(), d.text(), Instant.EPOCH))
          .toList();
    }
  }

  private final SlowStorage storage = new SlowStorage();
  private final RoomPosts posts = new RoomPosts();
  private final ExecutorService senders = Executors.newFixedThreadPool(16);

  {
    posts.history = storage;
  }

  @AfterEach
  void stop() {
    senders.shutdownNow();
  }

  @Test
  void postsThatWaitDuringACommitAreStoredTogetherEachWithItsOwnNumber() throws Exception {
    var start = new CountDownLatch(1);
    List<Future<ChatMessage>> sent = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String text = "message " + i;
      sent.add(
          senders.submit(
              () -> {
                start.await();
                return posts.post("lobby", "ada", text);
              }));
    }
    start.countDown();
    List<Long> numbers = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      var message = sent.get(i).get();
      assertEquals("message " + i, message.text(), "each sender gets its own message back");
      numbers.add(message.sequence());
    }
    assertEquals(400, numbers.stream().distinct().count());
    assertEquals(400, storage.transactions.stream().mapToInt(Integer::intValue).sum());
    assertTrue(
        storage.transactions.size() < 100,
        "400 posts from 16 senders took " + storage.transactions.size() + " transactions");
    assertTrue(storage.transactions.stream().allMatch(n -> n <= RoomPosts.MOST_PER_COMMIT));
  }

  @Test
  void aLoneMessageIsStoredAtOnce() {
    assertEquals(1, posts.post("lobby", "ada", "hello").sequence());
    assertEquals(List.of(1), storage.transactions);
  }

  @Test
  void everySenderOfAFailedTransactionIsToldAndTheRoomGoesOn() throws Exception {
    storage.failure = new RoomArchived("lobby");
    List<Future<ChatMessage>> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sent.add(senders.submit(() -> posts.post("lobby", "ada", "too late")));
    }
    for (var one : sent) {
      var thrown = assertThrows(Exception.class, one::get);
      assertTrue(thrown.getCause() instanceof RoomArchived, thrown.toString());
    }
    storage.failure = null;
    assertEquals("again", posts.post("lobby", "ada", "again").text());
  }
}
