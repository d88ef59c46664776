package dev.finchat.tools.bench;

import java.time.Duration;
import java.util.Arrays;

/** Latencies recorded by many threads, and their percentiles once recording is over. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int count;
  private int failures;
  private int refused;

  synchronized void record(Duration latency) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latency.toNanos();
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
