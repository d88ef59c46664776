package dev.finchat.bots.stock.control;

import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.commands.control.BotReply;
import dev.finchat.bots.commands.control.CommandBot;
import dev.finchat.bots.quotes.control.Prices;
import dev.finchat.bots.quotes.control.QuoteAnswers;
import dev.finchat.bots.quotes.control.QuoteLookup;
import dev.finchat.bots.quotes.control.StooqHistory;
import dev.finchat.bots.quotes.control.StooqQuotes;
import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.Queues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;

/** Answers {@code /stock=<code>} with the latest close price from Stooq. */
@ApplicationScoped
public class StockBot implements CommandBot {

  public static final String NAME = "StockBot";
  static final String COMMAND = "stock";

  /** What the chat nodes offer users of this bot. */
  static final CatalogueEntry ENTRY =
      new CatalogueEntry(NAME, Queues.STOCK, COMMAND, "/stock=AAPL.US", "latest price");

  @Inject StooqQuotes quotes;
  @Inject StooqHistory history;

  /** This bot as its queue's bean hands it commands. */
  @Override
  public Bot bot() {
    return new Bot(ENTRY, this::answer);
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
