package dev.finchat.chat.history.control;

import java.util.Optional;

/**
 * The seed's {@code limit_to} rule: the last 50 messages by default; {@code limit_to=N} the last N;
 * {@code -1} no limit; something that is not a number the default; below -1 none. The server still
 * answers at most {@link #PAGE_CAP} per request, however many were asked for: the rest is paged,
 * and N is the total across the pages (see {@link #nextPage(int)}).
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

  /**
   * The limit the next (older) page asks for, after a page of this limit that showed {@code shown}
   * messages: what is left of the total, so that a reader following the pages gets N messages in
   * all; {@code -1} asks for no limit again. Empty when there is no next page: the total is given,
   * or a page shorter than {@link #pageSize()} reached the first message.
   */
  public Optional<HistoryLimit> nextPage(int shown) {
    if (shown == 0 || shown < pageSize()) {
      return Optional.empty();
    }
    if (unlimited()) {
      return Optional.of(this);
    }
    int left = requested - shown;
    return left > 0 ? Optional.of(new HistoryLimit(left)) : Optional.empty();
  }
}
