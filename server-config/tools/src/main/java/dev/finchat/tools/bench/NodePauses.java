package dev.finchat.tools.bench;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The chat node's garbage-collection pauses, counted from outside ({@code jcmd PerfCounter.print}):
 * how many there were while a metric ran and how long they stopped the node in all. A latency tail
 * that these do not cover went somewhere else.
 */
final class NodePauses {

  private static final Pattern INVOCATIONS =
      Pattern.compile("^sun\\.gc\\.collector\\.\\d+\\.invocations=(\\d+)$", Pattern.MULTILINE);
  private static final Pattern TICKS =
      Pattern.compile("^sun\\.gc\\.collector\\.\\d+\\.time=(\\d+)$", Pattern.MULTILINE);
  private static final Pattern FREQUENCY =
      Pattern.compile("^sun\\.os\\.hrt\\.frequency=(\\d+)$", Pattern.MULTILINE);

  /** Pauses since the node started, and their time. */
  record Reading(long pauses, double millis) {

    /** What happened between {@code earlier} and this reading, in words. */
    String since(Reading earlier) {
      return String.format(
          Locale.ROOT,
          "the chat node's garbage collector meanwhile: %d pauses, %.0f ms in all",
          pauses - earlier.pauses,
          millis - earlier.millis);
    }
  }

  private final long pid;

  NodePauses(long pid) {
    this.pid = pid;
  }

  Reading read() throws IOException, InterruptedException {
    String counters = Jcmd.run(pid, "PerfCounter.print");
    var frequency = FREQUENCY.matcher(counters);
    if (!frequency.find()) {
      throw new IOException("jcmd " + pid + " PerfCounter.print names no clock frequency");
    }
    return new Reading(
        sum(INVOCATIONS, counters),
        sum(TICKS, counters) * 1000.0 / Long.parseLong(frequency.group(1)));
  }

  private static long sum(Pattern counter, String counters) {
    long sum = 0;
    for (var found = counter.matcher(counters); found.find(); ) {
      sum += Long.parseLong(found.group(1));
    }
    return sum;
  }
}
