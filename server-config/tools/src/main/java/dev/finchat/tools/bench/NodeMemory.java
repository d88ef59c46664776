package dev.finchat.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat node's memory, read from outside as {@code jcmd} and {@code /proc} report it: the bench
 * runs on the node's machine and the launcher names its PID. The heap is read after full
 * collections, so that what is left is what is held.
 */
final class NodeMemory {

  private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
  private static final Pattern HISTOGRAM_ROW =
      Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

  private final long pid;

  NodeMemory(long pid) {
    this.pid = pid;
  }

  /** What the node holds at one moment: live heap, resident set, and the heap by class. */
  record Snapshot(long heapBytes, long rssBytes, Map<String, long[]> classes) {}

  /** Growth of one class between two snapshots: instances and bytes. */
  record Growth(String className, long instances, long bytes) {}

  /** Collects twice, then reads the heap, the resident set and the class histogram. */
  Snapshot snapshot() throws IOException, InterruptedException {
    Jcmd.run(pid, "GC.run");
    Jcmd.run(pid, "GC.run");
    String info = Jcmd.run(pid, "GC.heap_info");
    Matcher used = HEAP_USED.matcher(info);
    long heap = used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
    // The histogram's own full collection (no -all) keeps the live objects only.
    String histogram = Jcmd.run(pid, "GC.class_histogram");
    Map<String, long[]> classes = new HashMap<>();
    Matcher row = HISTOGRAM_ROW.matcher(histogram);
    while (row.find()) {
      classes.put(
          row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
    }
    return new Snapshot(heap, rss(), classes);
  }

  /** The classes that grew most from {@code before} to {@code after}, by bytes. */
  static List<Growth> growth(Snapshot before, Snapshot after, int top) {
    var grown = new ArrayList<Growth>();
    after
        .classes()
        .forEach(
            (name, counts) -> {
              long[] was = before.classes().getOrDefault(name, new long[2]);
              grown.add(new Growth(name, counts[0] - was[0], counts[1] - was[1]));
            });
    grown.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
    return grown.subList(0, Math.min(top, grown.size()));
  }

  private long rss() throws IOException {
    Matcher rss = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
    return rss.find() ? Long.parseLong(rss.group(1)) * 1024 : -1;
  }
}
