package dev.finchat.wire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A symbol's closing prices over recent days, oldest first, as a bot attaches it to a {@link
 * Reply}: on the wire {@code 2026-11-21=230.10;2026-11-24=232.87}. Small, and read leniently: a
 * chart that cannot be read is no chart, never a failed reply.
 */
public record PriceChart(List<Day> days) {

  /** At most this many days travel with a reply. */
  public static final int MAX_DAYS = 30;

  public record Day(LocalDate date, BigDecimal close) {}

  public PriceChart {
    days = List.copyOf(days.subList(Math.max(0, days.size() - MAX_DAYS), days.size()));
  }

  public String toProperty() {
    return days.stream()
        .map(day -> day.date() + "=" + day.close().toPlainString())
        .collect(Collectors.joining(";"));
  }

  /** The chart in {@code property}; empty when there is none or it is unreadable. */
  public static Optional<PriceChart> fromProperty(String property) {
    if (property == null || property.isBlank()) {
      return Optional.empty();
    }
    List<Day> days = new ArrayList<>();
    try {
      for (String entry : property.split(";")) {
        String[] parts = entry.split("=", 2);
        if (parts.length != 2) {
          return Optional.empty();
        }
        days.add(new Day(LocalDate.parse(parts[0].strip()), new BigDecimal(parts[1].strip())));
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
    return days.size() < 2 ? Optional.empty() : Optional.of(new PriceChart(days));
  }
}
