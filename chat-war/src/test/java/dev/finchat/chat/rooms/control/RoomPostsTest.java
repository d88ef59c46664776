package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.history.control.RoomArchived;
import dev.finchat.chat.rooms.entity.ChatMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoomPostsTest {

  /** Stores in memory, taking its time over each transaction as a database commit does. */
  static final class SlowStorage extends MessageHistory {
    final List<Integer> transactions = Collections.synchronizedList(new ArrayList<>());
    final Map<String, List<String>> stored = new ConcurrentHashMap<>();
    volatile RuntimeException failure;
    volatile CountDownLatch storing;
    final CountDownLatch entered = new CountDownLatch(1);

    @Override
    public List<ChatMessage> post(String room, List<Draft> drafts) {
      entered.countDown();
      try {
        if (storing != null) {
          storing.await(10, TimeUnit.SECONDS);
        }
        Thread.sleep(5);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      if (failure != null) {
        throw failure;
      }
      transactions.add(drafts.size());
      var texts =
          stored.computeIfAbsent(room, r -> Collections.synchronizedList(new ArrayList<>()));
      drafts.forEach(draft -> texts.add(draft.text()));
      return drafts.stream()
          .map(d -> new ChatMessage(room, texts.size(), d.author(), d.text(), Instant.EPOCH))
          .toList();
    }
  }

  private final SlowStorage storage = new SlowStorage();
  private final RoomPosts posts = new RoomPosts();

  {
    posts.history = storage;
    posts.writers = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stop() {
    posts.writers.shutdownNow();
  }

  @Test
  void messagesThatWaitDuringACommitAreStoredTogetherInTheOrderTheyCame() throws Exception {
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      String text = "message " + i;
      sent.add(text);
      assertTrue(posts.post("lobby", "ada", text, failure -> {}));
    }
    awaitStored("lobby", 1_000);
    assertEquals(sent, storage.stored.get("lobby"));
    assertTrue(
        storage.transactions.size() < 100,
        "1,000 messages took " + storage.transactions.size() + " transactions");
    assertTrue(storage.transactions.stream().allMatch(n -> n <= RoomPosts.MOST_PER_COMMIT));
  }

  @Test
  void busyRoomsTakeTurnsAndEachKeepsItsOrder() throws Exception {
    for (int i = 0; i < 300; i++) {
      for (String room : List.of("a", "b", "c", "d", "e", "f")) {
        posts.post(room, "ada", room + i, failure -> {});
      }
    }
    for (String room : List.of("a", "b", "c", "d", "e", "f")) {
      awaitStored(room, 300);
      var texts = storage.stored.get(room);
      for (int i = 0; i < 300; i++) {
        assertEquals(room + i, texts.get(i));
      }
    }
  }

  @Test
  void everySenderOfAFailedTransactionIsToldAndTheRoomGoesOn() throws Exception {
    storage.failure = new RoomArchived("lobby");
    var told = new CountDownLatch(20);
    for (int i = 0; i < 20; i++) {
      posts.post(
          "lobby",
          "ada",
          "too late",
          failure -> {
            if (failure instanceof RoomArchived) {
              told.countDown();
            }
          });
    }
    assertTrue(told.await(10, TimeUnit.SECONDS), "every sender hears why");
    storage.failure = null;
    posts.post("lobby", "ada", "again", failure -> {});
    awaitStored("lobby", 1);
    assertEquals(List.of("again"), storage.stored.get("lobby"));
  }

  @Test
  void aRoomWithTooManyWaitingRefusesMoreAtOnce() throws Exception {
    storage.storing = new CountDownLatch(1);
    // The room's writer holds a transaction open: nothing leaves the waiting line meanwhile (had
    // it taken its batch during the flood, "one more" would have found room).
    assertTrue(posts.post("lobby", "ada", "first", failure -> {}));
    assertTrue(storage.entered.await(10, TimeUnit.SECONDS));
    int queued = 0;
    while (queued <= RoomPosts.MOST_WAITING && posts.post("lobby", "ada", "flood", failure -> {})) {
      queued++;
    }
    assertEquals(RoomPosts.MOST_WAITING, queued);
    assertFalse(posts.post("lobby", "ada", "one more", failure -> {}));
    storage.storing.countDown();
    awaitStored("lobby", 1 + queued);
    assertTrue(posts.post("lobby", "ada", "later", failure -> {}), "room takes messages again");
  }

  private void awaitStored(String room, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      var texts = storage.stored.get(room);
      if (texts != null && texts.size() >= count) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError(room + " stored " + storage.stored.get(room) + ", not " + count);
  }
}
