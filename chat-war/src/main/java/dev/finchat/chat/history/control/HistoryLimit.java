package dev.finchat.chat.history.control;

/**
 * The seed's {@code limit_to} rule: the last 50 messages by default; {@code limit_to=N} the last N;
 * {@code -1} no limit; something that is not a number the default; below -1 none. The server still
 * answers at most {@link #PAGE_CAP} per request, however many were asked for: the rest is paged.
 */
public record HistoryLimit(int requested) {

  public static final int DEFAULT = 50;
  public static final int NO_LIMIT = -1;

  /** Most messages one request returns, whatever was asked: protects the server from -1. */
  public static final int PAGE_CAP = 500;

  public static HistoryLimit parse(String limitTo) {
    if (limitTo == null || limitTo.isBlank()) {
      return new HistoryLimit(DEFAULT);
    }
    try {
      long value = Long.parseLong(limitTo.strip());
      return new HistoryLimit(value < NO_LIMIT ? 0 : (int) Math.min(value, Integer.MAX_VALUE));
    } catch (NumberFormatException e) {
      return new HistoryLimit(DEFAULT);
    }
  }

  public boolean unlimited() {
    return requested == NO_LIMIT;
  }

  /** How many messages one page returns. */
  public int pageSize() {
    return unlimited() ? PAGE_CAP : Math.min(requested, PAGE_CAP);
  }
}
