package dev.finchat.bots.quotes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StooqHistoryCsvTest {

  @Test
  void readsTheClosesOldestFirst() {
    var chart =
        StooqHistoryCsv.parse(
                "Date,Open,High,Low,Close,Volume\r\n"
                    + "2026-11-21,229,231,228.5,230.10,40000000\r\n"
                    + "2026-11-24,230.1,233.45,229.02,232.87,51234567\r\n")
            .orElseThrow();

    assertEquals(2, chart.days().size());
    assertEquals(LocalDate.of(2026, 11, 21), chart.days().get(0).date());
    assertEquals(new BigDecimal("232.87"), chart.days().get(1).close());
  }

  @Test
  void anythingButACompleteHistoryIsNoChart() {
    assertEquals(Optional.empty(), StooqHistoryCsv.parse("No data"));
    assertEquals(
        Optional.empty(), StooqHistoryCsv.parse("<html><body>Just a moment…</body></html>"));
    assertEquals(Optional.empty(), StooqHistoryCsv.parse("Access denied"));
    assertEquals(
        Optional.empty(),
        StooqHistoryCsv.parse(
            "Date,Open,High,Low,Close,Volume\r\n2026-11-21,229,231,228.5,230.10,4\r\n2026-11-24,230.1,23"));
    assertEquals(
        Optional.empty(),
        StooqHistoryCsv.parse(
            "Date,Open,High,Low,Close,Volume\r\n2026-11-21,229,231,228.5,230.10,4\r\n"));
    assertEquals(Optional.empty(), StooqHistoryCsv.parse(""));
  }
}
