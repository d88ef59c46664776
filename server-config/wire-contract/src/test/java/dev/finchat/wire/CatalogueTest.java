package dev.finchat.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  private static final CatalogueEntry STOCK =
      new CatalogueEntry("StockBot", "finchat.stock", "stock", "/stock=AAPL.US", "latest price");

  @Test
  void anAnnouncementTravelsAsItsHelpWithTheRestAsProperties() throws Exception {
    var wire = Catalogue.encode(new CatalogueNews.Announced("bot-1", STOCK));

    assertEquals(
        new WireMessage(
            "latest price",
            null,
            Optional.empty(),
            Map.of(
                "finchat_catalogue", "announced",
                "finchat_node", "bot-1",
                "finchat_bot", "StockBot",
                "finchat_queue", "finchat.stock",
                "finchat_command", "stock",
                "finchat_usage", "/stock=AAPL.US")),
        wire);
    assertEquals(new CatalogueNews.Announced("bot-1", STOCK), Catalogue.decode(wire));
  }

  @Test
  void withdrawalsAndAsksMakeTheRoundTrip() throws Exception {
    for (CatalogueNews news :
        new CatalogueNews[] {
          new CatalogueNews.Withdrawn("bot-2", STOCK), new CatalogueNews.Asked("chat-1")
        }) {
      assertEquals(news, Catalogue.decode(Catalogue.encode(news)));
    }
  }

  @Test
  void newsWithoutNodeOrKindOrWithABrokenEntryIsUnreadable() {
    var wire = Catalogue.encode(new CatalogueNews.Announced("bot-1", STOCK));

    assertThrows(UnreadableMessage.class, () -> Catalogue.decode(without(wire, "finchat_node")));
    assertThrows(
        UnreadableMessage.class, () -> Catalogue.decode(without(wire, "finchat_catalogue")));
    assertThrows(UnreadableMessage.class, () -> Catalogue.decode(without(wire, "finchat_queue")));
    var badWord = new HashMap<>(wire.properties());
    badWord.put("finchat_command", "Stock Price");
    assertThrows(
        UnreadableMessage.class,
        () -> Catalogue.decode(new WireMessage("x", null, Optional.empty(), badWord)));
  }

  @Test
  void anEntrySaysWhatItLacks() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CatalogueEntry("EchoBot", "finchat.echo", "echo", "/stock=X", "echoes"));
    assertEquals("the usage line of /echo shows it: /stock=X", e.getMessage());
  }

  private static WireMessage without(WireMessage wire, String property) {
    var properties = new HashMap<>(wire.properties());
    properties.remove(property);
    return new WireMessage(wire.body(), null, Optional.empty(), properties);
  }
}
