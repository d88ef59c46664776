package dev.finchat.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * Plausible moving prices for well-known symbols, for running finchat offline: each price drifts
 * around a realistic level in slow waves, the same for everyone at the same instant, so that
 * repeated questions see a market that moves and the day's low and high contain the price.
 */
final class SimulatedMarket {

  /** Price levels the simulation moves around (US dollars, late 2026). */
  static final Map<String, Double> LEVELS =
      Map.ofEntries(
          Map.entry("AAPL.US", 232.0),
          Map.entry("MSFT.US", 476.0),
          Map.entry("GOOGL.US", 304.0),
          Map.entry("AMZN.US", 228.0),
          Map.entry("META.US", 640.0),
          Map.entry("NVDA.US", 181.0),
          Map.entry("TSLA.US", 402.0),
          Map.entry("NFLX.US", 112.0),
          Map.entry("JPM.US", 305.0),
          Map.entry("V.US", 340.0),
          Map.entry("KO.US", 70.0),
          Map.entry("DIS.US", 113.0),
          Map.entry("IBM.US", 300.0),
          Map.entry("ORCL.US", 215.0),
          Map.entry("INTC.US", 35.0),
          Map.entry("AMD.US", 215.0),
          Map.entry("BRK-B.US", 500.0),
          Map.entry("SPY.US", 670.0));

  private static final Duration WAVE = Duration.ofMinutes(10);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private SimulatedMarket() {}

  /**
   * The symbol's row at {@code now}, in Stooq's CSV fields after the symbol ({@code
   * date,time,open,high,low,close,volume}); empty for a symbol the simulation does not know.
   */
  static Optional<String> row(String symbol, Instant now) {
    Double level = LEVELS.get(symbol);
    if (level == null) {
      return Optional.empty();
    }
    double phase = (symbol.hashCode() & 0xffff) / (double) 0xffff * 2 * Math.PI;
    double seconds = now.getEpochSecond() + now.getNano() / 1e9;
    double wave = 2 * Math.PI * seconds / WAVE.toSeconds();
    // Two waves of different periods: the price moves every second without looking periodic.
    double close = level * (1 + 0.015 * Math.sin(wave + phase) + 0.004 * Math.sin(7.3 * wave));
    double open = level * (1 + 0.01 * Math.sin(phase));
    double high = Math.max(open, close) * 1.006;
    double low = Math.min(open, close) * 0.994;
    long volume = 10_000_000L + (long) (symbol.hashCode() & 0xffffff);
    var at = now.atOffset(ZoneOffset.UTC);
    return Optional.of(
        String.join(
            ",",
            LocalDate.from(at).toString(),
            LocalTime.from(at).format(TIME),
            money(open),
            money(high),
            money(low),
            money(close),
            Long.toString(volume)));
  }

  private static String money(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
