package dev.finchat.tools.chaos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FuzzInputsTest {

  @Test
  void theSameSeedGeneratesTheSameInputs() {
    var first = new FuzzInputs(42);
    var second = new FuzzInputs(42);

    assertEquals(first.commands(500), second.commands(500));
    var firstFrames = first.frames(100);
    var secondFrames = second.frames(100);
    for (int i = 0; i < firstFrames.size(); i++) {
      assertArrayEquals(firstFrames.get(i).payload(), secondFrames.get(i).payload());
    }
    assertEquals(first.urlPart(), second.urlPart());
  }

  @Test
  void everyGeneratedCommandIsTakenForACommandByTheChat() {
    for (String command : new FuzzInputs(Chaos.DEFAULT_SEED).commands(10_000)) {
      assertTrue(command.strip().startsWith("/"), command);
    }
  }

  /** Otherwise an echo of the input would count as a leak the server never made. */
  @Test
  void nothingGeneratedLooksLikeAServerInternal() {
    var inputs = new FuzzInputs(Chaos.DEFAULT_SEED);
    for (String command : inputs.commands(10_000)) {
      assertNull(FuzzInputs.internals(command), command);
    }
    for (var frame : inputs.frames(1_000)) {
      assertNull(
          FuzzInputs.internals(new String(frame.payload(), StandardCharsets.UTF_8)), frame.shown());
    }
    for (int i = 0; i < 2_000; i++) {
      assertNull(FuzzInputs.internals(inputs.value()));
      assertNull(FuzzInputs.internals(inputs.urlPart()));
      assertNull(FuzzInputs.internals(inputs.number()));
    }
  }

  @Test
  void stackTracesErrorPagesAndSqlAreInternals() {
    assertNotNull(
        FuzzInputs.internals(
            "oops\n\tat org.glassfish.grizzly.http.util.URLDecoder.decode(URLDecoder.java:199)"));
    assertNotNull(FuzzInputs.internals("java.lang.NullPointerException"));
    assertNotNull(FuzzInputs.internals("Caused by: something"));
    assertNotNull(FuzzInputs.internals("<title>Payara Micro #badassfish - Error report</title>"));
    assertNotNull(FuzzInputs.internals("<h1>HTTP Status 500 - Internal Server Error</h1>"));
    assertNotNull(FuzzInputs.internals("SELECT m FROM ChatMessage m WHERE m.room = ?1"));
    assertNotNull(FuzzInputs.internals("Error 42X01: Syntax error, SQLState 42X01"));
    assertNotNull(FuzzInputs.internals("jakarta.persistence.PersistenceException"));
  }

  @Test
  void facesPublicNamesAreNotInternals() {
    assertNull(
        FuzzInputs.internals(
            "<input name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\"/>"
                + "<link href=\"/jakarta.faces.resource/finchat/chat.css.xhtml\"/>"));
  }
}
