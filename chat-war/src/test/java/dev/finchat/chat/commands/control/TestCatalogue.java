package dev.finchat.chat.commands.control;

import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.CatalogueNews;

/** The two bots finchat deploys, as their bot node announces them. */
public final class TestCatalogue {

  public static final CatalogueEntry STOCK =
      new CatalogueEntry("StockBot", "finchat.stock", "stock", "/stock=AAPL.US", "latest price");

  public static final CatalogueEntry DAY_RANGE =
      new CatalogueEntry(
          "DayRangeBot",
          "finchat.day_range",
          "day_range",
          "/day_range=AAPL.US",
          "today's low and high");

  private TestCatalogue() {}

  /** A live catalogue that has heard bot-1 announce both bots. */
  public static LiveCatalogue withBothBots() {
    var catalogue = new LiveCatalogue();
    catalogue.heard(new CatalogueNews.Announced("bot-1", STOCK));
    catalogue.heard(new CatalogueNews.Announced("bot-1", DAY_RANGE));
    return catalogue;
  }
}
