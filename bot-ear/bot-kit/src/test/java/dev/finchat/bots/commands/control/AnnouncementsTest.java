package dev.finchat.bots.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.CatalogueNews;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /** The queues whose consumer is attached: both, unless a test says otherwise. */
  private final Set<String> attached = new HashSet<>(Set.of("finchat.stock", "finchat.day_range"));

  private final Announcements announcements =
      new Announcements(
          "bot-1",
          List.of(new Bot(STOCK, argument -> null), new Bot(RANGE, argument -> null)),
          topic,
          attached::contains);

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

  @Test
  void aBotWhoseConsumerIsDetachedIsNotAnnounced() {
    attached.remove("finchat.day_range");

    announcements.announce();
    announcements.heard(new CatalogueNews.Asked("chat-1"));

    assertEquals(
        List.of(
            new CatalogueNews.Announced("bot-1", STOCK),
            new CatalogueNews.Announced("bot-1", STOCK)),
        published);
  }

  @Test
  void aBotIsAnnouncedOnceAsSoonAsItsConsumerAttaches() {
    attached.clear();
    announcements.announce();
    announcements.announceNewlyAttached();
    assertEquals(List.of(), published);

    attached.add("finchat.stock");
    announcements.announceNewlyAttached();
    announcements.announceNewlyAttached();

    assertEquals(List.of(new CatalogueNews.Announced("bot-1", STOCK)), published);
  }

  @Test
  void aConsumerThatAttachesAgainIsAnnouncedAgain() {
    announcements.announce();
    published.clear();

    attached.remove("finchat.stock");
    announcements.announceNewlyAttached();
    attached.add("finchat.stock");
    announcements.announceNewlyAttached();

    assertEquals(List.of(new CatalogueNews.Announced("bot-1", STOCK)), published);
  }

  @Test
  void anAnnouncementTheBrokerRefusedIsTriedAgainAtTheNextCheck() {
    brokerDown = true;
    announcements.announceNewlyAttached();
    brokerDown = false;

    announcements.announceNewlyAttached();

    assertEquals(
        List.of(
            new CatalogueNews.Announced("bot-1", STOCK),
            new CatalogueNews.Announced("bot-1", RANGE)),
        published);
  }
}
