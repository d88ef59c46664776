package dev.finchat.chat.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * At most {@code limit} actions per {@code period} for each key (a user), refilled evenly: a burst
 * up to the limit goes through and a steady sender gets one action every {@code period / limit}.
 * This is the generic cell rate algorithm: one instant per key, in exact integer time.
 */
public final class RateLimit {

  private final int limit;
  private final Duration period;
  private final Duration interval;
  private final Duration burst;
  private final Clock clock;

  /** When each key's allowance is next theoretically used up; absent means a full allowance. */
  private final ConcurrentHashMap<String, Instant> due = new ConcurrentHashMap<>();

  public RateLimit(int limit, Duration period, Clock clock) {
    if (limit < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a rate limit needs a limit ≥ 1 and a positive period");
    }
    this.limit = limit;
    this.period = period;
    this.interval = period.dividedBy(limit);
    this.burst = period.minus(interval);
    this.clock = clock;
  }

  public int limit() {
    return limit;
  }

  /** The period in words, after the limit: "a minute", "every 30 s", "every 5 minutes". */
  public String perPeriod() {
    long seconds = period.toSeconds();
    if (seconds == 60) {
      return "a minute";
    }
    return seconds % 60 == 0 ? "every " + seconds / 60 + " minutes" : "every " + seconds + " s";
  }

  /** Takes one action for {@code key}: empty when allowed, else how long until the next one is. */
  public Optional<Duration> take(String key) {
    Instant now = clock.instant();
    var wait = new AtomicReference<Duration>();
    due.compute(
        key,
        (ignored, previous) -> {
          Instant from = previous == null || previous.isBefore(now) ? now : previous;
          Duration ahead = Duration.between(now, from);
          if (ahead.compareTo(burst) > 0) {
            wait.set(ahead.minus(burst));
            return previous;
          }
          return from.plus(interval);
        });
    // An instant in the past means a full allowance again: dropping it keeps the map small.
    due.computeIfPresent(key, (ignored, next) -> next.isAfter(now) ? next : null);
    return Optional.ofNullable(wait.get());
  }
}
