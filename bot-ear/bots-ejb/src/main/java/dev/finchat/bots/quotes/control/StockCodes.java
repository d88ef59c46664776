package dev.finchat.bots.quotes.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a stock code may look like ({@code AAPL.US}, {@code ^SPX}, {@code BRK-B.US}), and what to
 * tell a user whose code is not one.
 */
public final class StockCodes {

  static final int MAX_LENGTH = 20;
  private static final Pattern CODE = Pattern.compile("\\^?[A-Za-z0-9][A-Za-z0-9._-]*");

  private StockCodes() {}

  /**
   * Why {@code code} is not a stock code, for the user of {@code command}; empty when it is one.
   */
  public static Optional<String> problem(String command, String code) {
    String example = " For example: /" + command + "=AAPL.US";
    if (code == null || code.isBlank()) {
      return Optional.of("/" + command + "= needs a stock code." + example);
    }
    if (code.length() > MAX_LENGTH) {
      return Optional.of(
          "That stock code is too long (at most " + MAX_LENGTH + " characters)." + example);
    }
    if (!CODE.matcher(code).matches()) {
      return Optional.of(
          "\"" + code + "\" is not a stock code: use letters, digits and dots." + example);
    }
    return Optional.empty();
  }
}
