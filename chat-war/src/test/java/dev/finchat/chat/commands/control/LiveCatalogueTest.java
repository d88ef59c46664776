package dev.finchat.chat.commands.control;

import static dev.finchat.chat.commands.control.TestCatalogue.DAY_RANGE;
import static dev.finchat.chat.commands.control.TestCatalogue.STOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.SettableClock;
import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.CatalogueNews.Announced;
import dev.finchat.wire.CatalogueNews.Asked;
import dev.finchat.wire.CatalogueNews.Withdrawn;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveCatalogueTest {

  private final SettableClock clock = new SettableClock("2026-12-07T10:00:00Z");
  private final LiveCatalogue catalogue = new LiveCatalogue(clock);

  private static final CatalogueEntry ECHO =
      new CatalogueEntry("EchoBot", "finchat.echo", "echo", "/echo=hello", "says it back");

  @Test
  void offersWhatTheBotNodesAnnounceInCommandOrder() {
    catalogue.heard(new Announced("bot-1", STOCK));
    catalogue.heard(new Announced("bot-1", DAY_RANGE));

    assertEquals(List.of(DAY_RANGE, STOCK), catalogue.entries());
    assertEquals(Optional.of(STOCK), catalogue.answering("stock"));
    assertEquals(Optional.empty(), catalogue.answering("echo"));
    assertEquals(
        "Commands: /day_range=AAPL.US (today's low and high); /stock=AAPL.US (latest price);"
            + " /help (this list).",
        catalogue.help());
  }

  @Test
  void aNewBotIsOfferedWhenAnnouncedAndNoLongerOnceWithdrawn() {
    catalogue.heard(new Announced("bot-1", STOCK));
    catalogue.heard(new Announced("bot-echo", ECHO));
    assertEquals(Optional.of(ECHO), catalogue.answering("echo"));

    catalogue.heard(new Withdrawn("bot-echo", ECHO));

    assertEquals(Optional.empty(), catalogue.answering("echo"));
    assertEquals(List.of(STOCK), catalogue.entries());
  }

  @Test
  void aCommandStaysWhileAnotherBotNodeStillRunsItsBot() {
    catalogue.heard(new Announced("bot-1", STOCK));
    catalogue.heard(new Announced("bot-2", STOCK));

    catalogue.heard(new Withdrawn("bot-1", STOCK));

    assertEquals(Optional.of(STOCK), catalogue.answering("stock"));
    catalogue.heard(new Withdrawn("bot-2", STOCK));
    assertEquals(Optional.empty(), catalogue.answering("stock"));
  }

  @Test
  void theEntryLastAnnouncedIsTheOneShown() {
    catalogue.heard(new Announced("bot-1", STOCK));
    clock.advance(Duration.ofSeconds(1));
    var reworded =
        new CatalogueEntry("StockBot", "finchat.stock", "stock", "/stock=MSFT.US", "last close");
    catalogue.heard(new Announced("bot-2", reworded));

    assertEquals(Optional.of(reworded), catalogue.answering("stock"));
  }

  @Test
  void anEntryNoNodeRepeatsIsStaleButStillOffered() {
    catalogue.heard(new Announced("bot-1", STOCK));
    catalogue.heard(new Announced("bot-1", DAY_RANGE));
    clock.advance(LiveCatalogue.FRESH.minusSeconds(30));
    catalogue.heard(new Announced("bot-1", STOCK));
    assertEquals(List.of(), catalogue.stale());

    clock.advance(Duration.ofSeconds(31));

    assertEquals(List.of("day_range"), catalogue.stale());
    assertEquals(Optional.of(DAY_RANGE), catalogue.answering("day_range"));
  }

  @Test
  void asksAndWithdrawalsOfUnknownBotsChangeNothing() {
    catalogue.heard(new Asked("chat-2"));
    catalogue.heard(new Withdrawn("bot-9", ECHO));

    assertEquals(List.of(), catalogue.entries());
    assertTrue(catalogue.help().startsWith("No bot answers commands right now"));
  }
}
