package dev.finchat.bots.card.control;

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

/**
 * Answers {@code /card=<code>} with what a cashtag's card shows: the latest price, the day's range
 * and a chart of recent closes, from one Stooq quote and its history. The chat page asks it when a
 * cashtag such as {@code $AAPL.US} is opened; people may also type it.
 */
@ApplicationScoped
public class CardBot implements CommandBot {

  public static final String NAME = "CardBot";
  static final String COMMAND = "card";

  /** What the chat nodes offer users of this bot. */
  static final CatalogueEntry ENTRY =
      new CatalogueEntry(
          NAME, Queues.CARD, COMMAND, "/card=AAPL.US", "price, day range and 30-day chart");

  @Inject StooqQuotes quotes;
  @Inject StooqHistory history;

  /** This bot as its queue's bean hands it commands. */
  @Override
  public Bot bot() {
    return new Bot(ENTRY, this::answer);
  }

  public BotReply answer(String argument) {
    BotReply reply = answer(argument, quotes::lookUp);
    return reply.error() ? reply : reply.withChart(history.recentCloses(argument.strip()));
  }

  static BotReply answer(String argument, Function<String, QuoteLookup> quotes) {
    return QuoteAnswers.answer(
        COMMAND,
        argument,
        quotes,
        quote ->
            ": "
                + Prices.dollars(quote.close())
                + " on "
                + quote.date()
                + "; day range "
                + Prices.dollars(quote.low())
                + " to "
                + Prices.dollars(quote.high())
                + ".");
  }
}
