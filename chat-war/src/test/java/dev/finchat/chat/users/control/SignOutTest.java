package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SignOutTest {

  @Test
  void aNoticeReadsBackAsItWasWritten() {
    var notice = new SignOut("Ivy", "Your account was \"disabled\" by an administrator. ✓");
    assertEquals(notice, SignOut.of(notice.json()));
  }

  @Test
  void somethingElseIsNoNotice() {
    assertThrows(IllegalArgumentException.class, () -> SignOut.of("not json"));
    assertThrows(IllegalArgumentException.class, () -> SignOut.of("[\"ivy\"]"));
    assertThrows(IllegalArgumentException.class, () -> SignOut.of("{\"why\":\"no one\"}"));
    assertThrows(IllegalArgumentException.class, () -> SignOut.of("{\"username\":1,\"why\":\"\"}"));
  }
}
