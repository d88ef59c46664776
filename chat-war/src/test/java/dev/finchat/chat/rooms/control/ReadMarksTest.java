package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReadMarksTest {

  @Test
  void aPageMarksTheMessageItShowedLast() {
    assertEquals(OptionalLong.of(7), ReadMarks.markWithin(7, 12));
    assertEquals(OptionalLong.of(12), ReadMarks.markWithin(12, 12));
  }

  @Test
  void aNumberPastTheRoomsNewestMarksTheNewest() {
    assertEquals(OptionalLong.of(12), ReadMarks.markWithin(5_000, 12));
  }

  @Test
  void nothingToMarkBeforeTheFirstMessageOrInAnEmptyRoom() {
    assertEquals(OptionalLong.empty(), ReadMarks.markWithin(0, 12));
    assertEquals(OptionalLong.empty(), ReadMarks.markWithin(-3, 12));
    assertEquals(OptionalLong.empty(), ReadMarks.markWithin(4, 0));
  }
}
