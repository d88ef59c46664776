package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.shared.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageAllowanceTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  private MessageAllowance allowance(int limit) {
    return new MessageAllowance(
        new RateLimit(limit, Duration.ofSeconds(10), clock),
        new RateLimit(
            limit * MessageAllowance.REFUSALS_PER_MESSAGE, Duration.ofSeconds(10), clock));
  }

  @Test
  void aFloodIsToldToSlowDownAndWhenToTryAgain() {
    var allowance = allowance(30);
    for (int i = 0; i < 30; i++) {
      assertEquals(Optional.empty(), allowance.take("flo"), "message " + (i + 1));
    }

    assertEquals(
        Optional.of(
            new MessageAllowance.Refusal(
                "You are sending messages too fast (at most 30 every 10 s). Try again in 1 s.",
                false)),
        allowance.take("flo"));
  }

  @Test
  void aPageThatGoesOnSendingAfterBeingToldIsClosed() {
    var allowance = allowance(30);
    for (int i = 0; i < 30; i++) {
      allowance.take("flo");
    }
    for (int i = 0; i < 30 * MessageAllowance.REFUSALS_PER_MESSAGE; i++) {
      assertFalse(allowance.take("flo").orElseThrow().closePage(), "refusal " + (i + 1));
    }

    assertTrue(allowance.take("flo").orElseThrow().closePage());
    assertEquals(Optional.empty(), allowance.take("ida"), "the others go on as before");
  }

  @Test
  void eachPersonHasTheirOwnAllowance() {
    var allowance = allowance(1);
    allowance.take("flo");

    assertEquals(Optional.empty(), allowance.take("ida"));
  }
}
