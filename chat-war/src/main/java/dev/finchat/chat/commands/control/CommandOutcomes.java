package dev.finchat.chat.commands.control;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * How this node's commands ended over the last hour, per bot and outcome: a rolling window of one
 * count per minute, kept in memory (a restart starts from nothing, and each node counts its own).
 */
public class CommandOutcomes {

  /** How a command sent (or meant to be sent) to a bot ended. */
  public enum Outcome {
    ANSWERED("answered"),
    FAILED("answered with an error"),
    UNANSWERED("not answered in time"),
    NOT_SENT("not sent (broker unreachable or node busy)");

    private final String description;

    Outcome(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  static final Duration WINDOW = Duration.ofHours(1);
  private static final int MINUTES = (int) WINDOW.toMinutes();

  private final Clock clock;

  /**
   * Per command word and outcome: the count of each minute of the window, and which minute it is
   * of. A command is counted from its first outcome on.
   */
  private final Map<String, Map<Outcome, long[][]>> counts = new HashMap<>();

  public CommandOutcomes(Clock clock) {
    this.clock = clock;
  }

  public synchronized void record(String command, Outcome outcome) {
    long minute = minute();
    long[][] window = counts.computeIfAbsent(command, ignored -> windows()).get(outcome);
    int slot = (int) (minute % MINUTES);
    if (window[1][slot] != minute) {
      window[1][slot] = minute;
      window[0][slot] = 0;
    }
    window[0][slot]++;
  }

  /** The command's outcomes of the last hour (this minute and the 59 before), by outcome. */
  public synchronized Map<Outcome, Long> lastHour(String command) {
    long now = minute();
    Map<Outcome, Long> totals = new EnumMap<>(Outcome.class);
    counts
        .getOrDefault(command, windows())
        .forEach(
            (outcome, window) -> {
              long total = 0;
              for (int slot = 0; slot < MINUTES; slot++) {
                if (now - window[1][slot] < MINUTES && window[1][slot] <= now) {
                  total += window[0][slot];
                }
              }
              totals.put(outcome, total);
            });
    return totals;
  }

  private static Map<Outcome, long[][]> windows() {
    Map<Outcome, long[][]> byOutcome = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      byOutcome.put(outcome, new long[2][MINUTES]);
    }
    return byOutcome;
  }

  private long minute() {
    return clock.millis() / 60_000;
  }
}
