package dev.finchat.bots.quotes.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads Stooq's CSV quote ({@code f=sd2t2ohlcv&h&e=csv}): a header {@code
 * Symbol,Date,Time,Open,High,Low,Close,Volume} and one row per symbol. Stooq answers an unknown
 * symbol with {@code N/D} in every field, and sometimes answers automated clients with an HTML page
 * or {@code Access denied}: anything that is not a complete row is "unavailable", never a price.
 */
public final class StooqCsv {

  static final String HEADER = "Symbol,Date,Time,Open,High,Low,Close,Volume";
  private static final String NO_DATA = "N/D";

  private StooqCsv() {}

  public static QuoteLookup parse(String symbol, String body) {
    if (body == null || body.isBlank()) {
      return new QuoteLookup.Unavailable("empty answer");
    }
    String[] lines = body.strip().split("\r?\n");
    if (!lines[0].strip().equalsIgnoreCase(HEADER)) {
      return new QuoteLookup.Unavailable("not a CSV quote: " + abbreviate(lines[0]));
    }
    String wanted = symbol.toUpperCase(Locale.ROOT);
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].strip().split(",", -1);
      if (cells[0].equalsIgnoreCase(wanted)) {
        return row(wanted, cells);
      }
    }
    return new QuoteLookup.Unavailable("no row for " + wanted);
  }

  private static QuoteLookup row(String symbol, String[] cells) {
    if (cells.length != 8) {
      return new QuoteLookup.Unavailable("incomplete row for " + symbol);
    }
    if (cells[1].equals(NO_DATA) && cells[6].equals(NO_DATA)) {
      return new QuoteLookup.NotFound(symbol);
    }
    try {
      var quote =
          new Quote(
              symbol,
              LocalDate.parse(cells[1]),
              price(cells[3]),
              price(cells[4]),
              price(cells[5]),
              price(cells[6]));
      return new QuoteLookup.Found(quote);
    } catch (DateTimeParseException | NumberFormatException e) {
      return new QuoteLookup.Unavailable("unreadable row for " + symbol);
    }
  }

  private static BigDecimal price(String cell) {
    var price = new BigDecimal(cell);
    if (price.signum() <= 0) {
      throw new NumberFormatException("not a price: " + cell);
    }
    return price;
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }
}
