package dev.finchat.chat.history.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistoryLimitTest {

  @Test
  void fiftyByDefault() {
    assertEquals(50, HistoryLimit.parse(null).pageSize());
    assertEquals(50, HistoryLimit.parse("").pageSize());
  }

  @Test
  void limitToNShowsTheLastN() {
    assertEquals(7, HistoryLimit.parse("7").pageSize());
    assertEquals(120, HistoryLimit.parse(" 120 ").pageSize());
  }

  @Test
  void minusOneMeansNoLimitButPagesAreCapped() {
    var all = HistoryLimit.parse("-1");
    assertTrue(all.unlimited());
    assertEquals(HistoryLimit.PAGE_CAP, all.pageSize());
    assertEquals(HistoryLimit.PAGE_CAP, HistoryLimit.parse("1000000").pageSize());
    assertEquals(HistoryLimit.PAGE_CAP, HistoryLimit.parse("99999999999999").pageSize());
  }

  @Test
  void somethingThatIsNotANumberGivesTheDefault() {
    assertEquals(50, HistoryLimit.parse("ten").pageSize());
    assertEquals(50, HistoryLimit.parse("5; DROP TABLE").pageSize());
    assertEquals(50, HistoryLimit.parse("1.5").pageSize());
  }

  @Test
  void belowMinusOneGivesNone() {
    assertEquals(0, HistoryLimit.parse("-2").pageSize());
    assertEquals(0, HistoryLimit.parse("-1000").pageSize());
    assertEquals(0, HistoryLimit.parse("0").pageSize());
  }
}
