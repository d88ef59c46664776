package dev.finchat.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceChartTest {

  @Test
  void travelsAsAShortPropertyAndComesBackTheSame() {
    var chart =
        new PriceChart(
            List.of(
                new PriceChart.Day(LocalDate.of(2026, 11, 21), new BigDecimal("230.10")),
                new PriceChart.Day(LocalDate.of(2026, 11, 24), new BigDecimal("232.87"))));

    assertEquals("2026-11-21=230.10;2026-11-24=232.87", chart.toProperty());
    assertEquals(Optional.of(chart), PriceChart.fromProperty(chart.toProperty()));
  }

  @Test
  void keepsTheMostRecentDaysOnly() {
    var days = new ArrayList<PriceChart.Day>();
    for (int i = 0; i < 40; i++) {
      days.add(new PriceChart.Day(LocalDate.of(2026, 10, 1).plusDays(i), BigDecimal.TEN));
    }

    var chart = new PriceChart(days);

    assertEquals(PriceChart.MAX_DAYS, chart.days().size());
    assertEquals(LocalDate.of(2026, 11, 9), chart.days().get(PriceChart.MAX_DAYS - 1).date());
  }

  @Test
  void anUnreadableOrTrivialPropertyIsNoChart() {
    assertEquals(Optional.empty(), PriceChart.fromProperty(null));
    assertEquals(Optional.empty(), PriceChart.fromProperty("2026-11-21=230.10"));
    assertEquals(Optional.empty(), PriceChart.fromProperty("2026-11-21=abc;2026-11-24=1"));
    assertEquals(Optional.empty(), PriceChart.fromProperty("<html>;x"));
  }
}
