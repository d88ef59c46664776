package dev.finchat.wire;

import java.util.Optional;

/**
 * A bot's answer to one {@link Command}, for its asker only: the text to show, whether it is an
 * answer or an error in plain words, and a chart of recent prices beside an answer.
 */
public record Reply(
    String correlationId, Outcome outcome, String text, Optional<PriceChart> chart) {

  /** What the bot made of the command. */
  public enum Outcome {
    /** The command was answered (a price, a range). */
    ANSWER,
    /** The command could not be answered; the text says why. */
    ERROR
  }

  public Reply {
    chart = outcome == Outcome.ERROR || chart == null ? Optional.empty() : chart;
  }

  public boolean error() {
    return outcome == Outcome.ERROR;
  }
}
