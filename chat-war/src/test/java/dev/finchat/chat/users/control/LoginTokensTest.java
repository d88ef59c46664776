package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.users.entity.LoginToken;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginTokensTest {

  @Test
  void onlyATokensDigestIsStored() {
    String stored = LoginTokens.hash("a-token");
    assertEquals(64, stored.length());
    assertEquals(stored, LoginTokens.hash("a-token"));
    assertNotEquals(stored, LoginTokens.hash("a-tokeN"));
    assertFalse(stored.contains("a-token"));
  }

  @Test
  void aTokenSignsInForItsLifetimeOnly() {
    Instant issued = Instant.parse("2026-12-06T10:00:00Z");
    var token = new LoginToken(LoginTokens.hash("t"), "Alice", issued);
    assertEquals("alice", token.usernameKey());
    assertTrue(token.isValidAt(issued.plus(LoginToken.LIFETIME).minusSeconds(1)));
    assertFalse(token.isValidAt(issued.plus(LoginToken.LIFETIME)));
  }
}
