package dev.finchat.tools.bench;

import java.util.List;

/**
 * What one metric measured: its figures, the latencies of the system and of the baseline for the
 * report's curves, where the system's time went, hop by hop, and notes in words (where the memory
 * goes).
 */
record Measurement(
    String metric,
    String title,
    List<Figure> figures,
    Latencies system,
    Latencies baseline,
    List<Hop> hops,
    List<String> notes) {

  Measurement(
      String metric,
      String title,
      List<Figure> figures,
      Latencies system,
      Latencies baseline,
      List<Hop> hops) {
    this(metric, title, figures, system, baseline, hops, List.of());
  }

  /**
   * One stretch of an operation's path, timed on its own: {@code what} says where it starts and
   * ends.
   */
  record Hop(String name, String what, Latencies latencies) {}
}
