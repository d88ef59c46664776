package dev.finchat.tools.bench;

import java.util.List;

/**
 * What one metric measured: its figures, and the latencies of the system and of the baseline for
 * the report's curves.
 */
record Measurement(
    String metric, String title, List<Figure> figures, Latencies system, Latencies baseline) {}
