package dev.finchat.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the chat node spends its processor while a metric runs: a Flight Recorder recording ({@code
 * jcmd JFR.start}, the JDK's sampling profiler, execution samples every 10 ms) summed up as the
 * share of samples per component (the library whose code was running: the first three parts of the
 * package of the topmost frame outside the JDK), per method at the top of the stack, and per thread
 * pool.
 */
final class NodeProfile {

  private static final String RECORDING = "finchat-bench";
  private static final int TOP = 8;
  private static final String SAMPLES_ONLY =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <configuration version="2.0" label="finchat bench: execution samples">
        <event name="jdk.ExecutionSample">
          <setting name="enabled">true</setting>
          <setting name="period">10 ms</setting>
        </event>
      </configuration>
      """;
  private static final Pattern JDK = Pattern.compile("(java|javax|jdk|sun|com\\.sun\\.proxy)\\.");

  private final long pid;
  private final Path file;

  private NodeProfile(long pid, Path file) {
    this.pid = pid;
    this.file = file;
  }

  static NodeProfile start(long pid, Path directory) throws IOException, InterruptedException {
    Files.createDirectories(directory);
    var profile =
        new NodeProfile(pid, directory.resolve("chat-node-" + System.nanoTime() + ".jfr"));
    // Execution samples only: the JDK's "profile" settings also record allocations, locks and I/O,
    // which cost a node that is already short of processor far more than a percent or two.
    Path settings = directory.resolve("samples-only.jfc");
    Files.writeString(settings, SAMPLES_ONLY, StandardCharsets.UTF_8);
    Jcmd.run(
        pid, "JFR.start", "name=" + RECORDING, "settings=" + settings, "filename=" + profile.file);
    return profile;
  }

  /** Stops the recording and sums it up, a line each; the recording is deleted. */
  List<String> stop() throws IOException, InterruptedException {
    Jcmd.run(pid, "JFR.stop", "name=" + RECORDING);
    try {
      return summary(RecordingFile.readAllEvents(file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<String> summary(List<jdk.jfr.consumer.RecordedEvent> events) {
    Map<String, Integer> components = new HashMap<>();
    Map<String, Integer> methods = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    int samples = 0;
    for (var event : events) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null
          || event.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      var top = frames.get(0).getMethod();
      methods.merge(top.getType().getName() + "." + top.getName(), 1, Integer::sum);
      components.merge(component(frames), 1, Integer::sum);
      var thread = event.getThread("sampledThread");
      String name = thread == null ? "?" : thread.getJavaName();
      threads.merge(name == null ? "?" : name.replaceAll("\\d+", "N"), 1, Integer::sum);
    }
    var lines = new ArrayList<String>();
    lines.add(
        "the chat node's processor, sampled by Flight Recorder: "
            + samples
            + " samples; by component (whose code ran, the JDK's on its behalf included):");
    addTop(lines, components, samples);
    lines.add("by method at the top of the stack:");
    addTop(lines, methods, samples);
    lines.add("by thread:");
    addTop(lines, threads, samples);
    return lines;
  }

  private static String component(List<RecordedFrame> frames) {
    for (var frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (!JDK.matcher(type).lookingAt()) {
        String[] parts = type.split("\\.");
        return String.join(".", List.of(parts).subList(0, Math.min(3, parts.length - 1)));
      }
    }
    return "the JDK alone";
  }

  private static void addTop(List<String> lines, Map<String, Integer> counts, int samples) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(TOP)
        .forEach(
            entry ->
                lines.add(
                    String.format(
                        Locale.ROOT,
                        "  %5.1f%%  %s",
                        100.0 * entry.getValue() / Math.max(1, samples),
                        entry.getKey())));
  }
}
