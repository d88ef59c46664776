package dev.finchat.chat.rooms.control;

import dev.finchat.chat.shared.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many messages a person may post to rooms: a page that floods its room is told to slow down
 * instead of filling everyone else's page and the database. One that goes on sending after being
 * told, {@value #REFUSALS_PER_MESSAGE} times its allowance in refusals, is a script, not a person:
 * its page is closed for {@link #SHUT_OUT}, since answering each of its frames costs the node as
 * much as the frame. Its author's pages that connect meanwhile are told how long is left and closed
 * again, so that a page which missed the close (its close frame lost) still waits.
 */
@ApplicationScoped
public class MessageAllowance {

  /** How many refusals, per message of the allowance, a page gets before it is closed. */
  static final int REFUSALS_PER_MESSAGE = 5;

  /** How long a person whose page was closed for flooding stays shut out of the rooms. */
  public static final Duration SHUT_OUT = Duration.ofSeconds(10);

  /** Why a message was not taken, and whether its page is to be closed for flooding. */
  public record Refusal(String reason, boolean closePage) {}

  @Inject
  @ConfigProperty(name = "finchat.message.limit", defaultValue = "30")
  int limit;

  @Inject
  @ConfigProperty(name = "finchat.message.limit-period", defaultValue = "PT10S")
  Duration period;

  private RateLimit rate;
  private RateLimit refusals;
  private Clock clock = Clock.systemUTC();

  /** By person: until when their pages are shut out for flooding. */
  private final Map<String, Instant> shutOutUntil = new ConcurrentHashMap<>();

  MessageAllowance() {}

  MessageAllowance(RateLimit rate, RateLimit refusals, Clock clock) {
    this.rate = rate;
    this.refusals = refusals;
    this.clock = clock;
  }

  @PostConstruct
  void open() {
    rate = new RateLimit(limit, period, Clock.systemUTC());
    refusals =
        new RateLimit(
            (int) Math.min(Integer.MAX_VALUE, (long) limit * REFUSALS_PER_MESSAGE),
            period,
            Clock.systemUTC());
  }

  /** Takes one message for {@code author}: empty when allowed, else what to tell them. */
  public Optional<Refusal> take(String author) {
    return rate.take(author)
        .map(
            wait -> {
              boolean closePage = refusals.take(author).isPresent();
              if (closePage) {
                // A page's frames already on their way after its close was decided are refused
                // too; they do not move the end of the wait its author was told.
                Instant now = clock.instant();
                // Closes are rare: forgetting the ended shut-outs then keeps the map as small as
                // the number of people shut out now.
                shutOutUntil.values().removeIf(until -> !until.isAfter(now));
                shutOutUntil.merge(
                    author, now.plus(SHUT_OUT), (held, fresh) -> held.isAfter(now) ? held : fresh);
              }
              return new Refusal(
                  "You are sending messages too fast (at most "
                      + rate.limit()
                      + " "
                      + rate.perPeriod()
                      + "). Try again in "
                      + seconds(wait)
                      + " s.",
                  closePage);
            });
  }

  /** How long {@code author}'s pages are still shut out for flooding; empty when they are not. */
  public Optional<Duration> shutOut(String author) {
    Instant until = shutOutUntil.get(author);
    if (until == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), until);
    if (left.isNegative() || left.isZero()) {
      shutOutUntil.remove(author, until);
      return Optional.empty();
    }
    return Optional.of(left);
  }

  /** What a page shut out for {@code left} more is told, in whole seconds rounded up. */
  public static String shutOutReason(Duration left) {
    return "Too many messages too fast: reconnecting in " + seconds(left) + " s.";
  }

  /** {@code wait} in whole seconds, rounded up, at least 1. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
