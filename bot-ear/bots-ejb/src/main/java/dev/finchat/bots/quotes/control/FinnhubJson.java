package dev.finchat.bots.quotes.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Reads Finnhub's quote JSON ({@code c} current, {@code h} high, {@code l} low, {@code o} open,
 * {@code t} epoch seconds). Finnhub answers an unknown symbol with every field 0; anything that is
 * not a complete quote object — HTML, {@code Access denied}, cut JSON — is "unavailable".
 */
public final class FinnhubJson {

  private FinnhubJson() {}

  public static QuoteLookup parse(String symbol, String body) {
    if (body == null || body.isBlank()) {
      return new QuoteLookup.Unavailable("empty answer");
    }
    JsonObject quote;
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return new QuoteLookup.Unavailable("not a quote object");
      }
      quote = value.asJsonObject();
    } catch (RuntimeException e) {
      return new QuoteLookup.Unavailable("not JSON");
    }
    BigDecimal current = number(quote, "c");
    BigDecimal high = number(quote, "h");
    BigDecimal low = number(quote, "l");
    BigDecimal open = number(quote, "o");
    BigDecimal time = number(quote, "t");
    if (current == null || high == null || low == null || open == null || time == null) {
      return new QuoteLookup.Unavailable("incomplete quote");
    }
    if (current.signum() == 0 && high.signum() == 0 && low.signum() == 0) {
      return new QuoteLookup.NotFound(symbol);
    }
    if (current.signum() < 0
        || high.signum() <= 0
        || low.signum() <= 0
        || low.compareTo(high) > 0) {
      return new QuoteLookup.Unavailable("implausible prices");
    }
    var date = Instant.ofEpochSecond(time.longValue()).atZone(ZoneOffset.UTC).toLocalDate();
    return new QuoteLookup.Found(new Quote(symbol, date, open, high, low, current));
  }

  private static BigDecimal number(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonNumber number ? number.bigDecimalValue() : null;
  }
}
