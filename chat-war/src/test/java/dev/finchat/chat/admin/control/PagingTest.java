package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void pagesCountFromOneAndStartAtTheirFirstRow() {
    var third = Paging.of("3", 20, 45);

    assertEquals(3, third.page());
    assertEquals(3, third.pages());
    assertEquals(40, third.first());
    assertTrue(third.hasPrevious());
    assertFalse(third.hasNext());
  }

  @Test
  void aPageBeyondTheLastShowsTheLast() {
    assertEquals(3, Paging.of("99", 20, 45).page());
    assertEquals(1, Paging.of("999999999", 20, 0).page(), "an empty list has one empty page");
  }

  @Test
  void anythingButAPageNumberShowsTheFirst() {
    for (String odd : new String[] {null, "", "0", "-2", "two", "1e3", "99999999999", " 2x"}) {
      var paging = Paging.of(odd, 20, 45);
      assertEquals(1, paging.page(), String.valueOf(odd));
      assertFalse(paging.hasPrevious());
      assertTrue(paging.hasNext());
    }
    assertEquals(2, Paging.of(" 2 ", 20, 45).page());
  }

  @Test
  void anEmptyListIsOnePageWithNothingBeforeOrAfter() {
    var empty = Paging.of("1", 20, 0);

    assertEquals(1, empty.pages());
    assertEquals(0, empty.first());
    assertFalse(empty.hasNext());
  }
}
