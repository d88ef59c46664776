package dev.finchat.bots.quotes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StooqCsvTest {

  private static final String HEADER = "Symbol,Date,Time,Open,High,Low,Close,Volume\r\n";

  @Test
  void readsTheRowOfTheSymbol() {
    var lookup =
        StooqCsv.parse(
            "aapl.us",
            HEADER + "AAPL.US,2026-11-24,22:00:19,230.1,233.45,229.02,232.87,51234567\r\n");

    var quote = assertInstanceOf(QuoteLookup.Found.class, lookup).quote();
    assertEquals("AAPL.US", quote.symbol());
    assertEquals(LocalDate.of(2026, 11, 24), quote.date());
    assertEquals(new BigDecimal("232.87"), quote.close());
    assertEquals(new BigDecimal("233.45"), quote.high());
    assertEquals(new BigDecimal("229.02"), quote.low());
  }

  @Test
  void picksTheRightRowAmongSeveral() {
    var lookup =
        StooqCsv.parse(
            "MSFT.US",
            HEADER
                + "AAPL.US,2026-11-24,22:00:19,230.1,233.45,229.02,232.87,51234567\r\n"
                + "MSFT.US,2026-11-24,22:00:19,410,415.5,409.1,414.2,20000000\r\n");

    assertEquals(
        new BigDecimal("414.2"), assertInstanceOf(QuoteLookup.Found.class, lookup).quote().close());
  }

  @Test
  void anUnknownSymbolIsNotFound() {
    var lookup = StooqCsv.parse("XYZ.US", HEADER + "XYZ.US,N/D,N/D,N/D,N/D,N/D,N/D,N/D\r\n");

    assertEquals(new QuoteLookup.NotFound("XYZ.US"), lookup);
  }

  @Test
  void anHtmlPageIsUnavailableNeverAPrice() {
    var lookup =
        StooqCsv.parse(
            "AAPL.US",
            "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>232.87</body>");

    assertInstanceOf(QuoteLookup.Unavailable.class, lookup);
  }

  @Test
  void accessDeniedIsUnavailable() {
    assertInstanceOf(QuoteLookup.Unavailable.class, StooqCsv.parse("AAPL.US", "Access denied"));
  }

  @Test
  void aTruncatedRowIsUnavailable() {
    assertInstanceOf(
        QuoteLookup.Unavailable.class,
        StooqCsv.parse("AAPL.US", HEADER + "AAPL.US,2026-11-24,22:0"));
    assertInstanceOf(
        QuoteLookup.Unavailable.class,
        StooqCsv.parse("AAPL.US", HEADER + "AAPL.US,2026-11-24,22:00:19,230.1,233.45,229.02,23"));
  }

  @Test
  void anUnreadablePriceIsUnavailable() {
    var lookup =
        StooqCsv.parse("AAPL.US", HEADER + "AAPL.US,2026-11-24,22:00:19,230.1,233.45,229.02,abc,1");

    assertInstanceOf(QuoteLookup.Unavailable.class, lookup);
  }

  @Test
  void aZeroOrNegativeCloseIsNotAPrice() {
    var lookup =
        StooqCsv.parse("AAPL.US", HEADER + "AAPL.US,2026-11-24,22:00:19,230.1,233.45,229.02,0,1");

    assertInstanceOf(QuoteLookup.Unavailable.class, lookup);
  }

  @Test
  void aHeaderWithoutTheSymbolsRowIsUnavailable() {
    assertInstanceOf(QuoteLookup.Unavailable.class, StooqCsv.parse("AAPL.US", HEADER));
  }

  @Test
  void anEmptyAnswerIsUnavailable() {
    assertInstanceOf(QuoteLookup.Unavailable.class, StooqCsv.parse("AAPL.US", ""));
    assertInstanceOf(QuoteLookup.Unavailable.class, StooqCsv.parse("AAPL.US", null));
  }

  @Test
  void acceptsUnixLineEnds() {
    var lookup =
        StooqCsv.parse(
            "AAPL.US",
            "Symbol,Date,Time,Open,High,Low,Close,Volume\n"
                + "AAPL.US,2026-11-24,22:00:19,230.1,233.45,229.02,232.87,51234567\n");

    assertInstanceOf(QuoteLookup.Found.class, lookup);
  }
}
