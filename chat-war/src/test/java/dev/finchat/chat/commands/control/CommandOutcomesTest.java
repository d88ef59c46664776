package dev.finchat.chat.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.finchat.chat.SettableClock;
import dev.finchat.chat.commands.control.CommandOutcomes.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommandOutcomesTest {

  private final SettableClock clock = new SettableClock("2026-11-25T10:00:30Z");
  private final CommandOutcomes outcomes = new CommandOutcomes(clock);

  @Test
  void countsEachBotsOutcomesApart() {
    outcomes.record("stock", Outcome.ANSWERED);
    outcomes.record("stock", Outcome.ANSWERED);
    outcomes.record("stock", Outcome.FAILED);
    outcomes.record("day_range", Outcome.UNANSWERED);

    var stock = outcomes.lastHour("stock");
    assertEquals(2, stock.get(Outcome.ANSWERED));
    assertEquals(1, stock.get(Outcome.FAILED));
    assertEquals(0, stock.get(Outcome.UNANSWERED));
    assertEquals(0, stock.get(Outcome.NOT_SENT));
    assertEquals(1, outcomes.lastHour("day_range").get(Outcome.UNANSWERED));
  }

  @Test
  void anHourLaterTheyAreForgotten() {
    outcomes.record("stock", Outcome.ANSWERED);
    clock.advance(Duration.ofMinutes(30));
    outcomes.record("stock", Outcome.ANSWERED);
    clock.advance(Duration.ofMinutes(29));
    assertEquals(2, outcomes.lastHour("stock").get(Outcome.ANSWERED));

    clock.advance(Duration.ofMinutes(1));
    assertEquals(1, outcomes.lastHour("stock").get(Outcome.ANSWERED), "the first is out");
    clock.advance(Duration.ofMinutes(30));
    assertEquals(0, outcomes.lastHour("stock").get(Outcome.ANSWERED));
  }

  @Test
  void aMinuteSlotReusedAnHourLaterStartsFromNothing() {
    outcomes.record("stock", Outcome.FAILED);
    outcomes.record("stock", Outcome.FAILED);
    clock.advance(Duration.ofHours(1));
    outcomes.record("stock", Outcome.FAILED);
    assertEquals(1, outcomes.lastHour("stock").get(Outcome.FAILED));
  }
}
