package dev.finchat.bots.quotes.control;

import dev.finchat.bots.commands.control.BotReply;
import java.util.function.Function;

/**
 * What every quote bot does with a code: refuse a malformed one with an example, ask its provider,
 * and turn the outcome into a reply — the quote in the bot's words, or a plain-words error.
 */
public final class QuoteAnswers {

  /** Added to every answer built on a simulated quote. */
  static final String SIMULATED = " (Simulated price: finchat runs offline.)";

  private QuoteAnswers() {}

  public static BotReply answer(
      String command,
      String argument,
      Function<String, QuoteLookup> provider,
      Function<Quote, String> words) {
    String code = argument == null ? "" : argument.strip();
    var problem = StockCodes.problem(command, code);
    if (problem.isPresent()) {
      return BotReply.error(problem.get());
    }
    QuoteLookup lookup = provider.apply(code);
    if (lookup instanceof QuoteLookup.Found found) {
      String answer = code + words.apply(found.quote());
      return BotReply.answer(found.simulated() ? answer + SIMULATED : answer);
    }
    if (lookup instanceof QuoteLookup.NotFound) {
      return BotReply.error("No quote found for " + code + ".");
    }
    return BotReply.error("The quote service is unavailable, try again in a moment.");
  }
}
