package dev.finchat.bots.quotes.control;

import dev.finchat.wire.PriceChart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Stooq's daily history ({@code /q/d/l/?s=…&i=d}): a header {@code
 * Date,Open,High,Low,Close,Volume} and one row per day, oldest first. Stooq answers an unknown
 * symbol with {@code No data}; anything that is not a complete history is no chart at all.
 */
public final class StooqHistoryCsv {

  static final String HEADER = "Date,Open,High,Low,Close,Volume";

  private StooqHistoryCsv() {}

  public static Optional<PriceChart> parse(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    String[] lines = body.strip().split("\r?\n");
    if (!lines[0].strip().equalsIgnoreCase(HEADER)) {
      return Optional.empty();
    }
    List<PriceChart.Day> days = new ArrayList<>();
    try {
      for (int i = Math.max(1, lines.length - PriceChart.MAX_DAYS); i < lines.length; i++) {
        String[] cells = lines[i].strip().split(",", -1);
        if (cells.length < 5) {
          return Optional.empty();
        }
        var close = new BigDecimal(cells[4]);
        if (close.signum() <= 0) {
          return Optional.empty();
        }
        days.add(new PriceChart.Day(LocalDate.parse(cells[0]), close));
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
    return days.size() < 2 ? Optional.empty() : Optional.of(new PriceChart(days));
  }
}
