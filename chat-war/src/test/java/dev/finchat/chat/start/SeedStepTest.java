package dev.finchat.chat.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SeedStepTest {

  @Test
  void aStepThatLostTheRaceIsTriedAgainAndThenFindsTheRow() {
    var tries = new AtomicInteger();
    var rowExists = new boolean[] {false};

    SeedStep.once(
        () -> {
          tries.incrementAndGet();
          if (!rowExists[0]) {
            rowExists[0] = true; // another node stored it first
            throw new IllegalStateException("duplicate key value violates unique constraint");
          }
        });

    assertEquals(2, tries.get());
  }

  @Test
  void aStepThatSucceedsRunsOnce() {
    var tries = new AtomicInteger();

    SeedStep.once(tries::incrementAndGet);

    assertEquals(1, tries.get());
  }

  @Test
  void aStepThatFailsForAnotherReasonFailsTheStart() {
    var tries = new AtomicInteger();

    var failure =
        assertThrows(
            IllegalStateException.class,
            () ->
                SeedStep.once(
                    () -> {
                      tries.incrementAndGet();
                      throw new IllegalStateException("the database is gone");
                    }));

    assertEquals("the database is gone", failure.getMessage());
    assertEquals(2, tries.get());
  }
}
