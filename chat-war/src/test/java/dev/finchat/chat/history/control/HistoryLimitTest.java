package dev.finchat.chat.history.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  // Paging: limit_to=N is the total across the pages a reader gets by following the next links.

  /**
   * The sizes of the pages a reader gets from the newest of {@code stored} messages by following
   * every next page, as the history page and the API serve them: each page holds its limit's page
   * size, or what is left of the history when that is less.
   */
  private static List<Integer> pagesFollowed(String limitTo, int stored) {
    var pages = new ArrayList<Integer>();
    Optional<HistoryLimit> limit = Optional.of(HistoryLimit.parse(limitTo));
    int notShownYet = stored;
    while (limit.isPresent()) {
      int shown = Math.min(limit.get().pageSize(), notShownYet);
      pages.add(shown);
      notShownYet -= shown;
      limit = limit.get().nextPage(shown);
    }
    return pages;
  }

  @Test
  void limitTo1200Gives500Then500Then200ThenNoNextPage() {
    var first = HistoryLimit.parse("1200");
    assertEquals(500, first.pageSize());
    var second = first.nextPage(500).orElseThrow();
    assertEquals(new HistoryLimit(700), second, "the next link asks for the remaining 700");
    assertEquals(500, second.pageSize());
    var third = second.nextPage(500).orElseThrow();
    assertEquals(new HistoryLimit(200), third);
    assertEquals(200, third.pageSize());
    assertFalse(third.nextPage(200).isPresent(), "1200 given: no next page");

    assertEquals(List.of(500, 500, 200), pagesFollowed("1200", 5000));
  }

  @Test
  void limitToMinusOneKeepsPagingBy500UntilTheFirstMessage() {
    var all = HistoryLimit.parse("-1");
    assertEquals(Optional.of(all), all.nextPage(500), "the next link asks for no limit again");

    assertEquals(List.of(500, 500, 234), pagesFollowed("-1", 1234));
    assertEquals(List.of(500, 500, 500, 500, 1), pagesFollowed("-1", 2001));
  }

  @Test
  void limitToMinusOneOverAFullLastPageEndsWithAnEmptyOne() {
    // A full page cannot tell that the history ends with it: the next page finds nothing.
    assertEquals(List.of(500, 500, 0), pagesFollowed("-1", 1000));
  }

  @Test
  void limitTo30IsOnePageWithNoNextLink() {
    assertFalse(HistoryLimit.parse("30").nextPage(30).isPresent());
    assertEquals(List.of(30), pagesFollowed("30", 5000));
  }

  @Test
  void theDefaultIsOnePageOfFifty() {
    assertEquals(List.of(50), pagesFollowed(null, 5000));
    assertEquals(List.of(50), pagesFollowed("ten", 5000));
  }

  @Test
  void limitToTheCapIsOnePageWithNoNextLink() {
    assertFalse(HistoryLimit.parse("500").nextPage(500).isPresent());
    assertEquals(List.of(500), pagesFollowed("500", 5000));
  }

  @Test
  void limitToAMultipleOfTheCapEndsWithAFullPageAndNoNextLink() {
    assertEquals(List.of(500, 500), pagesFollowed("1000", 5000));
  }

  @Test
  void limitToJustAboveTheCapAsksForTheOneLeft() {
    assertEquals(Optional.of(new HistoryLimit(1)), HistoryLimit.parse("501").nextPage(500));
    assertEquals(List.of(500, 1), pagesFollowed("501", 5000));
  }

  @Test
  void aHistoryShorterThanTheLimitEndsAtItsFirstMessage() {
    assertEquals(List.of(500, 200), pagesFollowed("1200", 700));
    assertEquals(List.of(12), pagesFollowed("30", 12));
    assertEquals(List.of(0), pagesFollowed("1200", 0));
  }

  @Test
  void noneAskedIsOneEmptyPageWithNoNextLink() {
    assertFalse(HistoryLimit.parse("0").nextPage(0).isPresent());
    assertEquals(List.of(0), pagesFollowed("-2", 5000));
  }

  @Test
  void aHugeLimitIsStillATotal() {
    var huge = HistoryLimit.parse("99999999999999");
    assertEquals(
        Optional.of(new HistoryLimit(Integer.MAX_VALUE - 500)), huge.nextPage(500), "no overflow");
    assertEquals(List.of(500, 500, 234), pagesFollowed("99999999999999", 1234));
  }
}
