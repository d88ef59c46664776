package dev.finchat.chat.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.SettableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  private final SettableClock clock = new SettableClock("2026-11-25T10:00:00Z");

  private final RateLimit tenAMinute = new RateLimit(10, Duration.ofMinutes(1), clock);

  @Test
  void aBurstUpToTheLimitGoesThroughAndTheNextOneIsToldWhenToRetry() {
    for (int i = 0; i < 10; i++) {
      assertEquals(Optional.empty(), tenAMinute.take("rita"), "command " + (i + 1));
    }

    assertEquals(Optional.of(Duration.ofSeconds(6)), tenAMinute.take("rita"));
  }

  @Test
  void theAllowanceComesBackEvenlyOverThePeriod() {
    for (int i = 0; i < 10; i++) {
      tenAMinute.take("rita");
    }
    clock.advance(Duration.ofSeconds(4));
    assertEquals(Optional.of(Duration.ofSeconds(2)), tenAMinute.take("rita"));

    clock.advance(Duration.ofSeconds(2));
    assertEquals(Optional.empty(), tenAMinute.take("rita"));
    assertTrue(tenAMinute.take("rita").isPresent());

    clock.advance(Duration.ofSeconds(60));
    for (int i = 0; i < 10; i++) {
      assertEquals(Optional.empty(), tenAMinute.take("rita"), "never more than the limit saved up");
    }
    assertTrue(tenAMinute.take("rita").isPresent());
  }

  @Test
  void eachUserHasTheirOwnAllowance() {
    for (int i = 0; i < 10; i++) {
      tenAMinute.take("rita");
    }

    assertEquals(Optional.empty(), tenAMinute.take("sam"));
    assertTrue(tenAMinute.take("rita").isPresent());
  }

  @Test
  void namesItsPeriodInWords() {
    assertEquals("a minute", tenAMinute.perPeriod());
    assertEquals("every 30 s", new RateLimit(1, Duration.ofSeconds(30), clock).perPeriod());
    assertEquals("every 5 minutes", new RateLimit(1, Duration.ofMinutes(5), clock).perPeriod());
  }

  @Test
  void refusesANonsenseConfiguration() {
    assertThrows(
        IllegalArgumentException.class, () -> new RateLimit(0, Duration.ofMinutes(1), clock));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(5, Duration.ZERO, clock));
  }
}
