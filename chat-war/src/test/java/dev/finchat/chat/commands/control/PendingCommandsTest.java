package dev.finchat.chat.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingCommandsTest {

  private final PendingCommands pending = new PendingCommands();
  private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

  private PendingCommands.Pending askedBy(String session, Instant deadline) {
    return new PendingCommands.Pending(session, TestCatalogue.STOCK, "AAPL.US", deadline);
  }

  @Test
  void aReplyCompletesItsCommandOnceEvenIfRedelivered() {
    pending.register("c1", askedBy("s1", now.plusSeconds(15)));

    assertEquals("s1", pending.complete("c1").orElseThrow().askerSession());
    assertTrue(pending.complete("c1").isEmpty());
  }

  @Test
  void aReplyWithoutCorrelationIdIsIgnored() {
    assertTrue(pending.complete(null).isEmpty());
  }

  @Test
  void expiryTakesOnlyOverdueCommandsAndALateReplyFindsNothing() {
    pending.register("late", askedBy("s1", now.minusSeconds(1)));
    pending.register("fresh", askedBy("s2", now.plusSeconds(10)));

    var expired = pending.expire(now);

    assertEquals(1, expired.size());
    assertEquals("late", expired.get(0).getKey());
    assertTrue(pending.complete("late").isEmpty());
    assertEquals(1, pending.size());
  }
}
