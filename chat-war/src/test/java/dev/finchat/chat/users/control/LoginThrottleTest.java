package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.SettableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final SettableClock clock = new SettableClock("2026-11-25T10:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void failTimes(int times, String username, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }

  @Test
  void anAccountIsLockedAfterFiveFailuresForFifteenMinutes() {
    failTimes(4, "alice", "10.0.0.1");
    assertEquals(Optional.empty(), throttle.refusal("alice", "10.0.0.2"));

    throttle.failed("ALICE", "10.0.0.3");

    assertEquals(
        Optional.of("Too many failed sign-ins for this account. Try again in 15 minutes."),
        throttle.refusal("alice", "10.0.0.9"));
    clock.advance(Duration.ofMinutes(15));
    assertEquals(Optional.empty(), throttle.refusal("alice", "10.0.0.9"));
  }

  @Test
  void anAddressIsLockedAfterFiveFailuresAcrossAccounts() {
    for (String user : new String[] {"a1", "a2", "a3", "a4", "a5"}) {
      throttle.failed(user, "192.0.2.7");
    }

    assertTrue(throttle.refusal("someone", "192.0.2.7").orElseThrow().contains("your address"));
    assertEquals(Optional.empty(), throttle.refusal("someone", "192.0.2.8"));
  }

  @Test
  void aSuccessfulSignInClearsTheAccountsFailures() {
    failTimes(4, "bob", "10.0.0.1");
    throttle.succeeded("bob");
    throttle.failed("bob", "10.0.0.2");

    assertEquals(Optional.empty(), throttle.refusal("bob", "10.0.0.3"));
  }
}
