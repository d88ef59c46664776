package dev.finchat.chat.rooms.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One page's frames on their way out, in the order they were offered, one write at a time. Whoever
 * offers a frame never waits for the page's socket: a room's broadcast hands the frame to every
 * page's outbox and goes on, and the writes proceed in parallel on the server's I/O threads. One
 * page that reads slowly does not hold up the room behind it; it falls behind alone, and once
 * {@code capacity} frames wait for it, it is given up ({@code lagging}): its connection is closed
 * and the page catches up from the history when it reconnects.
 */
public final class Outbox {

  /** Writes one frame without waiting, then calls {@code done} with null or what went wrong. */
  @FunctionalInterface
  public interface Writer {
    void write(String frame, Consumer<Throwable> done);
  }

  private static final int WRITING = 0;
  private static final int WRITTEN_INLINE = 1;
  private static final int LEFT_TO_CALLBACK = 2;

  private final Writer writer;
  private final int capacity;
  private final Runnable lagging;

  // Guarded by this.
  private final Deque<String> frames = new ArrayDeque<>(4);
  private boolean writing;
  private boolean shut;

  public Outbox(Writer writer, int capacity, Runnable lagging) {
    this.writer = writer;
    this.capacity = capacity;
    this.lagging = lagging;
  }

  /**
   * Queues {@code frame} behind the ones waiting; false if the page is gone or has fallen too far
   * behind (then it is shut and {@code lagging} runs, once).
   */
  public boolean offer(String frame) {
    boolean overflow = false;
    synchronized (this) {
      if (shut) {
        return false;
      }
      if (frames.size() >= capacity) {
        shut();
        overflow = true;
      } else {
        frames.add(frame);
        if (writing) {
          return true;
        }
        writing = true;
      }
    }
    if (overflow) {
      lagging.run();
      return false;
    }
    writeWaiting();
    return true;
  }

  /** Drops what waits and refuses what comes: the page is closed. */
  public synchronized void shut() {
    shut = true;
    frames.clear();
  }

  synchronized int waiting() {
    return frames.size();
  }

  // A write that completes inside writer.write (the socket had room) continues this loop instead of
  // calling back into it, so a long queue never deepens the stack.
  private void writeWaiting() {
    while (true) {
      String next;
      synchronized (this) {
        next = shut ? null : frames.poll();
        if (next == null) {
          writing = false;
          return;
        }
      }
      var state = new AtomicInteger(WRITING);
      try {
        writer.write(
            next,
            failure -> {
              if (failure != null) {
                shut();
              }
              if (!state.compareAndSet(WRITING, WRITTEN_INLINE)) {
                writeWaiting();
              }
            });
      } catch (RuntimeException closedMeanwhile) {
        synchronized (this) {
          shut();
          writing = false;
        }
        return;
      }
      if (state.compareAndSet(WRITING, LEFT_TO_CALLBACK)) {
        return;
      }
    }
  }
}
