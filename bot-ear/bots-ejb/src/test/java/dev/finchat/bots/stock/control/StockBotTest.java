package dev.finchat.bots.stock.control;

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

class StockBotTest {

  private final List<String> asked = new ArrayList<>();

  private QuoteLookup found(String symbol) {
    asked.add(symbol);
    var price = new BigDecimal("232.87");
    return new QuoteLookup.Found(
        new Quote(symbol.toUpperCase(), LocalDate.of(2026, 11, 24), price, price, price, price));
  }

  @Test
  void answersWithTheClosePriceAndTheCodeAsTyped() {
    BotReply reply = StockBot.answer("AAPL.US", this::found);

    assertFalse(reply.error());
    assertEquals("AAPL.US quote is $232.87 per share.", reply.text());
  }

  @Test
  void keepsTheUsersSpellingOfTheCode() {
    assertEquals(
        "aapl.us quote is $232.87 per share.", StockBot.answer(" aapl.us ", this::found).text());
  }

  @Test
  void anUnknownSymbolIsSaidSo() {
    BotReply reply = StockBot.answer("XYZ.US", symbol -> new QuoteLookup.NotFound(symbol));

    assertTrue(reply.error());
    assertEquals("No quote found for XYZ.US.", reply.text());
  }

  @Test
  void anUnavailableProviderAsksToTryAgainWithoutAnyNumber() {
    BotReply reply = StockBot.answer("AAPL.US", symbol -> new QuoteLookup.Unavailable("HTML"));

    assertTrue(reply.error());
    assertEquals("The quote service is unavailable, try again in a moment.", reply.text());
  }

  @Test
  void aMalformedCodeIsRefusedWithAnExampleAndNeverSentToTheProvider() {
    for (String bad : new String[] {"", "   ", "a b", "AAPL;DROP", "<script>", "A".repeat(21)}) {
      BotReply reply = StockBot.answer(bad, this::found);

      assertTrue(reply.error(), bad);
      assertTrue(reply.text().contains("/stock=AAPL.US"), reply.text());
    }
    assertTrue(asked.isEmpty());
  }

  @Test
  void aNullArgumentIsAMissingCode() {
    assertEquals(
        "/stock= needs a stock code. For example: /stock=AAPL.US",
        StockBot.answer(null, this::found).text());
  }

  @Test
  void marksAnAnswerBuiltOnASimulatedQuote() {
    BotReply reply =
        StockBot.answer("AAPL.US", symbol -> ((QuoteLookup.Found) found(symbol)).simulatedIf(true));

    assertEquals(
        "AAPL.US quote is $232.87 per share. (Simulated price: finchat runs offline.)",
        reply.text());
  }
}
