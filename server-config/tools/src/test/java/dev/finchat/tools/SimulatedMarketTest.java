package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatedMarketTest {

  private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void aKnownSymbolHasAPlausibleRowInStooqsFields() {
    String[] fields = SimulatedMarket.row("AAPL.US", NOON).orElseThrow().split(",");

    assertEquals("2026-11-25", fields[0]);
    assertEquals("12:00:00", fields[1]);
    double open = Double.parseDouble(fields[2]);
    double high = Double.parseDouble(fields[3]);
    double low = Double.parseDouble(fields[4]);
    double close = Double.parseDouble(fields[5]);
    assertTrue(
        low <= Math.min(open, close) && Math.max(open, close) <= high, String.join(",", fields));
    assertTrue(close > 220 && close < 245, "close " + close + " is far from AAPL's level");
  }

  @Test
  void pricesMoveOverTimeButAgreeAtTheSameInstant() {
    assertEquals(SimulatedMarket.row("MSFT.US", NOON), SimulatedMarket.row("MSFT.US", NOON));
    assertNotEquals(
        close(SimulatedMarket.row("MSFT.US", NOON)),
        close(SimulatedMarket.row("MSFT.US", NOON.plusSeconds(30))));
  }

  @Test
  void anUnknownSymbolHasNoRow() {
    assertEquals(Optional.empty(), SimulatedMarket.row("NOSUCH.US", NOON));
  }

  private static String close(Optional<String> row) {
    return row.orElseThrow().split(",")[5];
  }
}
