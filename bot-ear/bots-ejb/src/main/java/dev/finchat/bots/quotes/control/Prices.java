package dev.finchat.bots.quotes.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the bots write a price: cents at least, sub-cent digits of penny stocks up to four places.
 */
public final class Prices {

  private Prices() {}

  public static String dollars(BigDecimal price) {
    int scale = Math.max(2, Math.min(4, price.stripTrailingZeros().scale()));
    return "$" + price.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }
}
