package dev.finchat.chat.users.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins within {@link #WINDOW},
 * for one account or from one address, further attempts are refused until the window has passed.
 */
public class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Why this attempt is refused before checking the password, if it is. */
  public Optional<String> refusal(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> account = lockedFor(accountKey(username), now);
    if (account.isPresent()) {
      return Optional.of(
          "Too many failed sign-ins for this account. Try again in "
              + minutes(account.get())
              + ".");
    }
    return lockedFor(addressKey(address), now)
        .map(
            wait ->
                "Too many failed sign-ins from your address. Try again in " + minutes(wait) + ".");
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    record(accountKey(username), now);
    record(addressKey(address), now);
  }

  public void succeeded(String username) {
    failures.remove(accountKey(username));
  }

  private void record(String key, Instant now) {
    failures.compute(
        key,
        (k, times) -> {
          Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
          prune(recent, now);
          recent.addLast(now);
          return recent;
        });
  }

  private Optional<Duration> lockedFor(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < MAX_FAILURES) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
    }
  }

  private static void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
      times.removeFirst();
    }
  }

  private static String minutes(Duration wait) {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return minutes == 1 ? "a minute" : minutes + " minutes";
  }

  private static String accountKey(String username) {
    return "account:" + (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
