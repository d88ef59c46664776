package dev.finchat.tools.bench;

/**
 * One figure of a metric beside the same figure of its baseline. {@code ratio} is arranged so that
 * smaller is always better: value / baseline, or baseline / value for a throughput.
 */
record Figure(String name, String unit, double value, double baseline, boolean higherIsBetter) {

  double ratio() {
    return higherIsBetter ? baseline / value : value / baseline;
  }
}
