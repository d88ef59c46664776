package dev.finchat.tools.bench;

/**
 * One figure of a metric beside the same figure of its baseline. {@code ratio} is arranged so that
 * smaller is always better: value / baseline, or baseline / value for a throughput; equal figures
 * (two counts of nothing too) are 1.
 */
record Figure(String name, String unit, double value, double baseline, boolean higherIsBetter) {

  /**
   * How many signed-in requests (page loads, WebSocket handshakes) of a metric the node refused
   * with 403, none of them asked again, beside the baseline's.
   */
  static Figure refused(String metric, int system, int baseline) {
    return new Figure(metric + ".refused", "req", system, baseline, false);
  }

  double ratio() {
    if (value == baseline) {
      return 1;
    }
    return higherIsBetter ? baseline / value : value / baseline;
  }
}
