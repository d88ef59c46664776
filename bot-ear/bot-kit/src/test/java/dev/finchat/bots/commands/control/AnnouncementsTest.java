package dev.finchat.bots.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.CatalogueNews;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementsTest {

  private static final CatalogueEntry STOCK =
      new CatalogueEntry("StockBot", "finchat.stock", "stock", "/stock=AAPL.US", "latest price");
  private static final CatalogueEntry RANGE =
      new CatalogueEntry(
          "DayRangeBot", "finchat.day_range", "day_range", "/day_range=AAPL.US", "low and high");

  private final List<CatalogueNews> published = new ArrayList<>();
  private boolean brokerDown;

  private final CatalogueTopic topic =
      news -> {
        if (brokerDown) {
          throw new DeliveryFailed("broker down", null);
        }
        published.add(news);
      };

  private final Announcements announcements =
      new Announcements(
          "bot-1",
          List.of(new Bot(STOCK, argument -> null), new Bot(RANGE, argument -> null)),
          topic);

  @Test
  void everyBotIsAnnouncedWithItsNode() {
    assertTrue(announcements.announce());

    assertEquals(
        List.of(
            new CatalogueNews.Announced("bot-1", STOCK),
            new CatalogueNews.Announced("bot-1", RANGE)),
        published);
  }

  @Test
  void aChatNodesAskIsAnsweredAndOtherNewsIsNot() {
    announcements.heard(new CatalogueNews.Announced("bot-2", STOCK));
    announcements.heard(new CatalogueNews.Withdrawn("bot-2", STOCK));
    assertEquals(List.of(), published);

    announcements.heard(new CatalogueNews.Asked("chat-1"));
    assertEquals(2, published.size());
  }

  @Test
  void stoppingWithdrawsEveryBot() {
    announcements.withdraw();

    assertEquals(
        List.of(
            new CatalogueNews.Withdrawn("bot-1", STOCK),
            new CatalogueNews.Withdrawn("bot-1", RANGE)),
        published);
  }

  @Test
  void aBrokerThatTakesNothingIsReportedAndNothingThrown() {
    brokerDown = true;

    assertFalse(announcements.announce());
  }
}
