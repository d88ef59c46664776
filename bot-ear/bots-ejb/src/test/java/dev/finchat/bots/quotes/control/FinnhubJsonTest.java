package dev.finchat.bots.quotes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinnhubJsonTest {

  private static final String AAPL =
      "{\"c\":232.87,\"d\":2.87,\"dp\":1.2478,\"h\":233.45,\"l\":229.02,\"o\":230.1,"
          + "\"pc\":230,\"t\":1795554019}";

  @Test
  void readsTheDaysLowAndHigh() {
    var quote =
        assertInstanceOf(QuoteLookup.Found.class, FinnhubJson.parse("AAPL.US", AAPL)).quote();

    assertEquals(new BigDecimal("229.02"), quote.low());
    assertEquals(new BigDecimal("233.45"), quote.high());
    assertEquals(new BigDecimal("232.87"), quote.close());
    assertEquals(LocalDate.of(2026, 11, 24), quote.date());
  }

  @Test
  void everyFieldZeroIsAnUnknownSymbol() {
    assertEquals(
        new QuoteLookup.NotFound("XYZ.US"),
        FinnhubJson.parse(
            "XYZ.US", "{\"c\":0,\"d\":null,\"dp\":null,\"h\":0,\"l\":0,\"o\":0,\"pc\":0,\"t\":0}"));
  }

  @Test
  void anythingButACompleteQuoteIsUnavailableNeverAPrice() {
    for (String body :
        new String[] {
          "<!DOCTYPE html><html><body>Just a moment...</body></html>",
          "Access denied",
          "{\"c\":232.87,\"h\":233.4",
          "{\"c\":232.87,\"h\":233.45,\"o\":230.1,\"t\":1795554019}",
          "{\"c\":\"232.87\",\"h\":233.45,\"l\":229.02,\"o\":230.1,\"t\":1795554019}",
          "{\"error\":\"Please use an API key.\"}",
          "[1,2,3]",
          "",
          "{\"c\":232.87,\"h\":229.02,\"l\":233.45,\"o\":230.1,\"t\":1795554019}"
        }) {
      assertInstanceOf(QuoteLookup.Unavailable.class, FinnhubJson.parse("AAPL.US", body), body);
    }
    assertInstanceOf(QuoteLookup.Unavailable.class, FinnhubJson.parse("AAPL.US", null));
  }

  @Test
  void usStocksLoseTheirMarketSuffixOthersKeepIt() {
    assertEquals("AAPL", FinnhubQuotes.providerSymbol("AAPL.US"));
    assertEquals("AAPL", FinnhubQuotes.providerSymbol("aapl.us"));
    assertEquals("BMW.DE", FinnhubQuotes.providerSymbol("bmw.de"));
    assertEquals("MSFT", FinnhubQuotes.providerSymbol("MSFT"));
  }

  @Test
  void pricesShowCentsAndUpToFourPlaces() {
    assertEquals("$232.80", Prices.dollars(new BigDecimal("232.8")));
    assertEquals("$232.00", Prices.dollars(new BigDecimal("232")));
    assertEquals("$0.1234", Prices.dollars(new BigDecimal("0.12344")));
    assertEquals("$232.87", Prices.dollars(new BigDecimal("232.8700")));
  }
}
