package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FramesTest {

  @Test
  void aPageSaysItsUserIsTyping() {
    var inbound = Frames.read("{\"typing\":true}");
    assertTrue(inbound.typing());
    assertTrue(inbound.readable());
  }

  @Test
  void aPageSendsALineOfText() {
    var inbound = Frames.read("{\"text\":\"/stock=AAPL.US\"}");
    assertFalse(inbound.typing());
    assertEquals("/stock=AAPL.US", inbound.text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[1,2]",
        "{\"text\":42}",
        "{\"typing\":false}",
        "{\"text\":",
        "{}"
      })
  void anythingElseIsUnreadable(String frame) {
    assertFalse(Frames.read(frame).readable(), frame);
  }

  @Test
  void framesForThePageAreJson() {
    assertEquals(
        "{\"kind\":\"notice\",\"text\":\"a \\\"quoted\\\" word\",\"error\":true,\"onlyYou\":true}",
        Frames.notice("a \"quoted\" word", true));
  }

  @Test
  void aRefusedMessageCarriesItsTextBackToItsSender() {
    assertEquals(
        "{\"kind\":\"notice\",\"text\":\"too busy\",\"error\":true,\"onlyYou\":true,"
            + "\"unsent\":\"hello\"}",
        Frames.notSent("too busy", "hello"));
  }

  @Test
  void aDeletedMessageIsNamedByRoomAndSequence() {
    assertEquals("{\"kind\":\"deleted\",\"room\":\"lobby\",\"seq\":7}", Frames.deleted("lobby", 7));
  }

  @Test
  void anArchivedRoomSaysSo() {
    assertEquals(
        "{\"kind\":\"archived\",\"room\":\"old\",\"archived\":true,\"text\":\"read-only\"}",
        Frames.archived("old", true, "read-only"));
  }

  @Test
  void aSmallRoomListsEveryoneOnline() {
    assertEquals(
        "{\"kind\":\"presence\",\"online\":[\"ann\",\"bob\"],\"count\":2}",
        Frames.presence(java.util.List.of("ann", "bob")));
  }

  @Test
  void aBigRoomListsItsFirstNamesAndHowManyAreOnline() {
    var everyone = java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "user" + i).toList();
    String frame = Frames.presence(everyone);
    assertTrue(frame.contains("\"count\":10000"), frame);
    assertTrue(frame.contains("\"user49\""), frame);
    assertFalse(frame.contains("\"user50\""), frame);
  }
}
