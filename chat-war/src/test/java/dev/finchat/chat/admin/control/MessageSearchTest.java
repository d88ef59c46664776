package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageSearchTest {

  @Test
  void anEmptySearchFindsEveryMessageNewestFirst() {
    var search = new MessageSearch(null, "  ", "");
    assertTrue(search.isEmpty());
    assertEquals("SELECT m FROM ChatMessage m ORDER BY m.id DESC", search.jpql(false));
    assertEquals("SELECT COUNT(m) FROM ChatMessage m", search.jpql(true));
    assertEquals(Map.of(), search.parameters());
  }

  @Test
  void roomAndAuthorMatchExactlyInAnyCaseAndTextAnywhere() {
    var search = new MessageSearch(" #Lobby ", "Sam", "Buy NOW");
    assertEquals(
        "SELECT m FROM ChatMessage m WHERE m.room = :room AND m.authorKey = :author"
            + " AND LOWER(m.text) LIKE :text ESCAPE '!' ORDER BY m.id DESC",
        search.jpql(false));
    assertEquals(
        Map.of("room", "lobby", "author", "sam", "text", "%buy now%"), search.parameters());
  }

  @Test
  void onlyTheFieldsFilledInNarrowTheSearch() {
    var search = new MessageSearch("", "rita", null);
    assertEquals(
        "SELECT COUNT(m) FROM ChatMessage m WHERE m.authorKey = :author", search.jpql(true));
    assertEquals(Map.of("author", "rita"), search.parameters());
  }

  @Test
  void wildcardsInTheTextAreTakenLiterally() {
    assertEquals(
        "%100!%!_off!!%", new MessageSearch(null, null, "100%_off!").parameters().get("text"));
  }

  @Test
  void longInputIsCutToWhatCouldMatch() {
    var search = new MessageSearch("r".repeat(99), "a".repeat(99), "t".repeat(999));
    assertEquals(MessageSearch.MAX_NAME, search.room().length());
    assertEquals(MessageSearch.MAX_NAME, search.author().length());
    assertEquals(MessageSearch.MAX_TEXT, search.text().length());
  }
}
