package dev.finchat.bots.stock.control;

import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.commands.control.BotReply;
import dev.finchat.bots.quotes.control.Prices;
import dev.finchat.bots.quotes.control.QuoteAnswers;
import dev.finchat.bots.quotes.control.QuoteLookup;
import dev.finchat.bots.quotes.control.StooqHistory;
import dev.finchat.bots.quotes.control.StooqQuotes;
import dev.finchat.wire.Queues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;

/** Answers {@code /stock=<code>} with the latest close price from Stooq. */
@ApplicationScoped
public class StockBot {

  public static final String NAME = "StockBot";
  static final String COMMAND = "stock";

  @Inject StooqQuotes quotes;
  @Inject StooqHistory history;

  /** This bot as its queue's bean hands it commands. */
  public Bot bot() {
    return new Bot(NAME, Queues.STOCK, this::answer);
  }

  /** The latest price, with a chart of recent closes when Stooq has them. */
  public BotReply answer(String argument) {
    BotReply reply = answer(argument, quotes::lookUp);
    return reply.error() ? reply : reply.withChart(history.recentCloses(argument.strip()));
  }

  static BotReply answer(String argument, Function<String, QuoteLookup> quotes) {
    return QuoteAnswers.answer(
        COMMAND,
        argument,
        quotes,
        quote -> " quote is " + Prices.dollars(quote.close()) + " per share.");
  }
}
