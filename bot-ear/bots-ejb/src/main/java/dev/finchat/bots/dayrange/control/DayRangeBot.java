package dev.finchat.bots.dayrange.control;

import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.commands.control.BotReply;
import dev.finchat.bots.commands.control.CommandBot;
import dev.finchat.bots.quotes.control.FinnhubQuotes;
import dev.finchat.bots.quotes.control.Prices;
import dev.finchat.bots.quotes.control.QuoteAnswers;
import dev.finchat.bots.quotes.control.QuoteLookup;
import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.Queues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;

/** Answers {@code /day_range=<code>} with today's low and high from Finnhub. */
@ApplicationScoped
public class DayRangeBot implements CommandBot {

  public static final String NAME = "DayRangeBot";
  static final String COMMAND = "day_range";

  /** What the chat nodes offer users of this bot. */
  static final CatalogueEntry ENTRY =
      new CatalogueEntry(
          NAME, Queues.DAY_RANGE, COMMAND, "/day_range=AAPL.US", "today's low and high");

  @Inject FinnhubQuotes quotes;

  /** This bot as its queue's bean hands it commands. */
  @Override
  public Bot bot() {
    return new Bot(ENTRY, this::answer);
  }

  public BotReply answer(String argument) {
    return answer(argument, quotes::lookUp);
  }

  static BotReply answer(String argument, Function<String, QuoteLookup> quotes) {
    return QuoteAnswers.answer(
        COMMAND,
        argument,
        quotes,
        quote ->
            " day range: low "
                + Prices.dollars(quote.low())
                + ", high "
                + Prices.dollars(quote.high())
                + ".");
  }
}
