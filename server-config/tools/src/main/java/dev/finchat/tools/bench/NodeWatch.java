package dev.finchat.tools.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What the bench watches on the chat node while a metric's measured load runs (not its sign-ups,
 * warm-up or baseline): the collector's pauses, so that a latency tail can be told from a pause,
 * and in a full run where the node's processor went ({@link NodeProfile}). Installed once per run
 * when the launcher names the node's PID; without it the load runs unwatched.
 */
final class NodeWatch {

  /** A load's result, and what was seen on the node meanwhile, a line each. */
  record Watched<T>(T result, List<String> notes) {}

  private static volatile NodeWatch installed;

  private final NodePauses pauses;
  private final long chatPid;
  private final Path scratch;
  private final boolean profile;

  private NodeWatch(long chatPid, Path scratch, boolean profile) {
    this.pauses = new NodePauses(chatPid);
    this.chatPid = chatPid;
    this.scratch = scratch;
    this.profile = profile;
  }

  static void install(long chatPid, Path scratch, boolean profile) {
    installed = new NodeWatch(chatPid, scratch, profile);
  }

  /** Runs {@code load}, watching the node if a watch is installed. */
  static <T> Watched<T> during(Callable<T> load) throws Exception {
    var watch = installed;
    return watch == null ? new Watched<>(load.call(), List.of()) : watch.watch(load);
  }

  private <T> Watched<T> watch(Callable<T> load) throws Exception {
    var before = pauses.read();
    var recording = profile ? NodeProfile.start(chatPid, scratch) : null;
    T result = load.call();
    var notes = new ArrayList<String>();
    notes.add(pauses.read().since(before));
    if (recording != null) {
      notes.addAll(recording.stop());
    }
    return new Watched<>(result, notes);
  }
}
