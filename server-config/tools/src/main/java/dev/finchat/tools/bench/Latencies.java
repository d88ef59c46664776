package dev.finchat.tools.bench;

import java.time.Duration;
import java.util.Arrays;

/**
 * Latencies recorded by many threads, and their percentiles once recording is over. Each keeps when
 * its operation started, so that a run can be read in windows of time (m0: a cold node's first
 * minute, ten seconds at a time).
 */
final class Latencies {

  private long[] nanos = new long[1024];
  private long[] starts = new long[1024];
  private int count;
  private int failures;
  private int refused;

  /** An operation that ends now, after {@code latency}. */
  synchronized void record(Duration latency) {
    record(System.nanoTime() - latency.toNanos(), latency.toNanos());
  }

  private void record(long start, long latencyNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
      starts = Arrays.copyOf(starts, count * 2);
    }
    nanos[count] = latencyNanos;
    starts[count++] = start;
  }

  /**
   * The operations that started from {@code from} (inclusive) to {@code to} ({@link
   * System#nanoTime}), without failures.
   */
  synchronized Latencies startedBetween(long from, long to) {
    var window = new Latencies();
    for (int i = 0; i < count; i++) {
      if (starts[i] >= from && starts[i] < to) {
        window.record(starts[i], nanos[i]);
      }
    }
    return window;
  }

  /** When the last operation started ({@link System#nanoTime}); {@code otherwise} if none did. */
  synchronized long lastStart(long otherwise) {
    long last = otherwise;
    for (int i = 0; i < count; i++) {
      last = Math.max(last, starts[i]);
    }
    return last;
  }

  /** An operation that ended without its answer (refused, timed out, wrong answer). */
  synchronized void fail() {
    failures++;
  }

  /** A signed-in request the node refused with 403: a failure, counted apart as well. */
  synchronized void refuse() {
    failures++;
    refused++;
  }

  synchronized int refused() {
    return refused;
  }

  synchronized int count() {
    return count;
  }

  synchronized int failures() {
    return failures;
  }

  /** The nearest-rank percentile in milliseconds; NaN when nothing was recorded. */
  synchronized double percentileMillis(double percentile) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * count);
    return sorted[Math.min(count - 1, Math.max(0, rank - 1))] / 1e6;
  }
}
