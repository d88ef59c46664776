package dev.finchat.bots.stock.control;

import dev.finchat.bots.commands.control.BotReply;
import dev.finchat.bots.commands.control.StockCodes;
import dev.finchat.bots.quotes.control.Prices;
import dev.finchat.bots.quotes.control.QuoteLookup;
import dev.finchat.bots.quotes.control.StooqQuotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;

/** Answers {@code /stock=<code>} with the latest close price from Stooq. */
@ApplicationScoped
public class StockBot {

  public static final String NAME = "StockBot";
  static final String COMMAND = "stock";

  @Inject StooqQuotes quotes;

  public BotReply answer(String argument) {
    return answer(argument, quotes::lookUp);
  }

  static BotReply answer(String argument, Function<String, QuoteLookup> quotes) {
    String code = argument == null ? "" : argument.strip();
    var problem = StockCodes.problem(COMMAND, code);
    if (problem.isPresent()) {
      return BotReply.error(problem.get());
    }
    QuoteLookup lookup = quotes.apply(code);
    if (lookup instanceof QuoteLookup.Found found) {
      return BotReply.answer(
          code + " quote is " + Prices.dollars(found.quote().close()) + " per share.");
    }
    if (lookup instanceof QuoteLookup.NotFound) {
      return BotReply.error("No quote found for " + code + ".");
    }
    return BotReply.error("The quote service is unavailable, try again in a moment.");
  }
}
