package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxTest {

  /** A socket whose writes complete only when the test says so. */
  private static final class HeldSocket implements Outbox.Writer {
    final List<String> written = new ArrayList<>();
    final List<Consumer<Throwable>> unfinished = new ArrayList<>();

    @Override
    public synchronized void write(String frame, Consumer<Throwable> done) {
      written.add(frame);
      unfinished.add(done);
    }

    void finishOne(Throwable failure) {
      Consumer<Throwable> done;
      synchronized (this) {
        done = unfinished.remove(0);
      }
      done.accept(failure);
    }
  }

  @Test
  void framesGoOutInOrderOneWriteAtATime() {
    var socket = new HeldSocket();
    var outbox = new Outbox(socket, 10, () -> {});

    outbox.offer("a");
    outbox.offer("b");
    outbox.offer("c");
    assertEquals(List.of("a"), socket.written, "the next write waits for the one under way");

    socket.finishOne(null);
    socket.finishOne(null);
    socket.finishOne(null);
    assertEquals(List.of("a", "b", "c"), socket.written);
    assertEquals(0, outbox.waiting());
  }

  @Test
  void writesThatCompleteAtOnceDrainALongQueueWithoutDeepeningTheStack() {
    var written = new ArrayList<String>();
    var socket = new HeldSocket();
    // The first write is held so that everything queues behind it; then every write completes
    // inline.
    boolean[] holding = {true};
    var outbox =
        new Outbox(
            (frame, done) -> {
              if (holding[0]) {
                socket.write(frame, done);
              } else {
                written.add(frame);
                done.accept(null);
              }
            },
            200_000,
            () -> {});
    IntStream.range(0, 100_000).forEach(i -> outbox.offer("m" + i));
    holding[0] = false;

    socket.finishOne(null);

    assertEquals(99_999, written.size());
    assertEquals("m99999", written.get(written.size() - 1));
  }

  @Test
  void aPageTooFarBehindIsGivenUpOnceAndRefusesMore() {
    var socket = new HeldSocket();
    var givenUp = new AtomicInteger();
    var outbox = new Outbox(socket, 3, givenUp::incrementAndGet);

    assertTrue(outbox.offer("writing"));
    assertTrue(outbox.offer("1"));
    assertTrue(outbox.offer("2"));
    assertTrue(outbox.offer("3"));
    assertFalse(outbox.offer("4"), "a fourth waiting frame is one too many");
    assertFalse(outbox.offer("5"));

    assertEquals(1, givenUp.get());
    socket.finishOne(null);
    assertEquals(List.of("writing"), socket.written, "nothing more is written to a page given up");
  }

  @Test
  void aFailedWriteShutsTheOutbox() {
    var socket = new HeldSocket();
    var outbox = new Outbox(socket, 10, () -> {});
    outbox.offer("a");
    outbox.offer("b");

    socket.finishOne(new IOException("connection reset"));

    assertEquals(List.of("a"), socket.written);
    assertFalse(outbox.offer("c"));
  }

  @Test
  void aWriterThatThrowsShutsTheOutbox() {
    var outbox =
        new Outbox(
            (frame, done) -> {
              throw new IllegalStateException("closed");
            },
            10,
            () -> {});

    assertTrue(outbox.offer("a"), "taken: the page was open when it was offered");
    assertFalse(outbox.offer("b"));
  }

  @Test
  void framesFromManyThreadsAllGoOutEachOnce() throws Exception {
    var written = java.util.Collections.synchronizedList(new ArrayList<String>());
    ExecutorService completions = Executors.newFixedThreadPool(2);
    var writing = new AtomicInteger();
    var overlapped = new AtomicInteger();
    var outbox =
        new Outbox(
            (frame, done) -> {
              if (writing.incrementAndGet() > 1) {
                overlapped.incrementAndGet();
              }
              written.add(frame);
              Runnable finish =
                  () -> {
                    writing.decrementAndGet();
                    done.accept(null);
                  };
              // Half complete on another thread later, half at once, as a socket's writes do.
              if (frame.hashCode() % 2 == 0) {
                completions.execute(finish);
              } else {
                finish.run();
              }
            },
            100_000,
            () -> {});
    ExecutorService senders = Executors.newFixedThreadPool(4);
    var start = new CountDownLatch(1);
    for (int t = 0; t < 4; t++) {
      int thread = t;
      senders.execute(
          () -> {
            try {
              start.await();
            } catch (InterruptedException e) {
              return;
            }
            for (int i = 0; i < 5_000; i++) {
              outbox.offer(thread + ":" + i);
            }
          });
    }
    start.countDown();
    senders.shutdown();
    assertTrue(senders.awaitTermination(30, TimeUnit.SECONDS));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (written.size() < 20_000 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    completions.shutdown();

    assertEquals(20_000, written.size());
    assertEquals(0, overlapped.get(), "never two writes at once on one socket");
    assertEquals(20_000, new java.util.HashSet<>(written).size());
    for (int t = 0; t < 4; t++) {
      String prefix = t + ":";
      List<Integer> order =
          written.stream()
              .filter(f -> f.startsWith(prefix))
              .map(f -> Integer.parseInt(f.substring(prefix.length())))
              .toList();
      assertEquals(IntStream.range(0, 5_000).boxed().toList(), order, "each sender's order kept");
    }
  }
}
