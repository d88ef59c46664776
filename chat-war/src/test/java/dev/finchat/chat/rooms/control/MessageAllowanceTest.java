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

  private Instant now = Instant.parse("2026-11-25T10:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private MessageAllowance allowance(int limit) {
    return new MessageAllowance(
        new RateLimit(limit, Duration.ofSeconds(10), clock),
        new RateLimit(limit * MessageAllowance.REFUSALS_PER_MESSAGE, Duration.ofSeconds(10), clock),
        clock);
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

  @Test
  void aPageClosedForFloodingShutsItsAuthorOutForTenSeconds() {
    var allowance = allowance(1);
    allowance.take("flo");
    while (!allowance.take("flo").orElseThrow().closePage()) {
      // refused, and told so, until the page is closed
    }
    assertEquals(Optional.of(Duration.ofSeconds(10)), allowance.shutOut("flo"));
    assertEquals(
        "Too many messages too fast: reconnecting in 10 s.",
        MessageAllowance.shutOutReason(allowance.shutOut("flo").orElseThrow()));
    assertEquals(Optional.empty(), allowance.shutOut("ida"), "only the flooder");

    now = now.plusMillis(6_500);
    assertEquals(Optional.of(Duration.ofMillis(3_500)), allowance.shutOut("flo"));
    assertEquals(
        "Too many messages too fast: reconnecting in 4 s.",
        MessageAllowance.shutOutReason(allowance.shutOut("flo").orElseThrow()));

    now = now.plusMillis(3_500);
    assertEquals(Optional.empty(), allowance.shutOut("flo"), "back after ten seconds");
  }

  @Test
  void framesRefusedAfterTheCloseWasDecidedDoNotMoveTheWaitItsAuthorWasTold() {
    var allowance = allowance(1);
    allowance.take("flo");
    while (!allowance.take("flo").orElseThrow().closePage()) {
      // refused until the page is closed
    }

    now = now.plusMillis(1_000);
    // A frame already on its way when the close was decided.
    assertTrue(allowance.take("flo").orElseThrow().closePage());
    assertEquals(Optional.of(Duration.ofSeconds(9)), allowance.shutOut("flo"));

    now = now.plusMillis(9_000);
    assertEquals(Optional.empty(), allowance.shutOut("flo"), "back when it was told");
  }
}
