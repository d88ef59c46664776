package dev.finchat.bots.dayrange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.bots.quotes.control.Quote;
import dev.finchat.bots.quotes.control.QuoteLookup;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeBotTest {

  private static QuoteLookup found(String symbol) {
    return new QuoteLookup.Found(
        new Quote(
            symbol,
            LocalDate.of(2026, 11, 24),
            new BigDecimal("230.1"),
            new BigDecimal("233.45"),
            new BigDecimal("229.02"),
            new BigDecimal("232.87")));
  }

  @Test
  void answersWithTheDaysLowAndHighAndTheCodeAsTyped() {
    var reply = DayRangeBot.answer("AAPL.US", DayRangeBotTest::found);

    assertFalse(reply.error());
    assertEquals("AAPL.US day range: low $229.02, high $233.45.", reply.text());
  }

  @Test
  void unknownAndUnavailableAreSaidInPlainWords() {
    assertEquals(
        "No quote found for XYZ.US.",
        DayRangeBot.answer("XYZ.US", s -> new QuoteLookup.NotFound(s)).text());
    assertEquals(
        "The quote service is unavailable, try again in a moment.",
        DayRangeBot.answer("AAPL.US", s -> new QuoteLookup.Unavailable("401")).text());
  }

  @Test
  void aMalformedCodeGetsAnExampleOfThisCommand() {
    var reply = DayRangeBot.answer("a b", DayRangeBotTest::found);

    assertTrue(reply.error());
    assertTrue(reply.text().contains("/day_range=AAPL.US"), reply.text());
  }
}
