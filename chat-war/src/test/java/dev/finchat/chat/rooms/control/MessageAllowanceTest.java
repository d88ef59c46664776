package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.finchat.chat.commands.control.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageAllowanceTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void aFloodIsToldToSlowDownAndWhenToTryAgain() {
    var allowance = new MessageAllowance(new RateLimit(30, Duration.ofSeconds(10), clock));
    for (int i = 0; i < 30; i++) {
      assertEquals(Optional.empty(), allowance.take("flo"), "message " + (i + 1));
    }

    assertEquals(
        Optional.of("You are sending messages too fast (at most 30 every 10 s). Try again in 1 s."),
        allowance.take("flo"));
  }

  @Test
  void eachPersonHasTheirOwnAllowance() {
    var allowance = new MessageAllowance(new RateLimit(1, Duration.ofSeconds(10), clock));
    allowance.take("flo");

    assertEquals(Optional.empty(), allowance.take("ida"));
  }
}
