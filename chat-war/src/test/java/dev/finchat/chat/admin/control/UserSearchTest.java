package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserSearchTest {

  @Test
  void matchesAnywhereIgnoringCase() {
    assertEquals("%bob%", new UserSearch("  BoB ").likePattern());
  }

  @Test
  void anEmptySearchMatchesEveryone() {
    assertTrue(new UserSearch(null).isEmpty());
    assertEquals("%%", new UserSearch("   ").likePattern());
  }

  @Test
  void wildcardsAreTakenLiterally() {
    assertEquals("%100!%!_off!!%", new UserSearch("100%_off!").likePattern());
  }

  @Test
  void aLongSearchIsCut() {
    assertEquals(UserSearch.MAX_LENGTH, new UserSearch("x".repeat(500)).text().length());
  }
}
