package dev.finchat.bots.commands.control;

import dev.finchat.wire.PriceChart;
import dev.finchat.wire.Reply;
import java.util.Optional;

/**
 * What a bot tells the asker: a result, or an error in plain words; a result may carry a chart of
 * recent prices.
 */
public record BotReply(boolean error, String text, Optional<PriceChart> chart) {

  public static BotReply answer(String text) {
    return new BotReply(false, text, Optional.empty());
  }

  public static BotReply error(String text) {
    return new BotReply(true, text, Optional.empty());
  }

  /** This reply with {@code chart} beside it, if it is a result. */
  public BotReply withChart(Optional<PriceChart> chart) {
    return error ? this : new BotReply(false, text, chart);
  }

  /** This reply to the command of {@code correlationId}, as it travels. */
  public Reply to(String correlationId) {
    return new Reply(
        correlationId, error ? Reply.Outcome.ERROR : Reply.Outcome.ANSWER, text, chart);
  }
}
