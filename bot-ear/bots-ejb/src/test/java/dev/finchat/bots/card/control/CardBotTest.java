package dev.finchat.bots.card.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.bots.commands.control.BotReply;
import dev.finchat.bots.quotes.control.Quote;
import dev.finchat.bots.quotes.control.QuoteLookup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardBotTest {

  private final List<String> asked = new ArrayList<>();

  private QuoteLookup found(String symbol) {
    asked.add(symbol);
    return new QuoteLookup.Found(
        new Quote(
            symbol.toUpperCase(),
            LocalDate.of(2026, 11, 24),
            new BigDecimal("230.10"),
            new BigDecimal("233.45"),
            new BigDecimal("229.02"),
            new BigDecimal("232.87")));
  }

  @Test
  void aCardSaysThePriceItsDayAndTheDaysRange() {
    BotReply reply = CardBot.answer("AAPL.US", this::found);

    assertFalse(reply.error());
    assertEquals("AAPL.US: $232.87 on 2026-11-24; day range $229.02 to $233.45.", reply.text());
    assertEquals(List.of("AAPL.US"), asked, "one quote serves the whole card");
  }

  @Test
  void anUnknownSymbolIsSaidSo() {
    BotReply reply = CardBot.answer("XYZ.US", symbol -> new QuoteLookup.NotFound(symbol));

    assertTrue(reply.error());
    assertEquals("No quote found for XYZ.US.", reply.text());
  }

  @Test
  void aMalformedCodeIsRefusedWithTheCardsExampleAndNeverAsked() {
    BotReply reply = CardBot.answer("<script>", this::found);

    assertTrue(reply.error());
    assertTrue(reply.text().contains("/card="), reply.text());
    assertEquals(List.of(), asked);
  }
}
