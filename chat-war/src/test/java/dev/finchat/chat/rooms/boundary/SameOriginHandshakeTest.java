package dev.finchat.chat.rooms.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginHandshakeTest {

  @Test
  void aPageOfThisSiteMayConnect() {
    assertTrue(SameOriginHandshake.sameOrigin("http://localhost:8080", "localhost:8080"));
    assertTrue(SameOriginHandshake.sameOrigin("https://chat.example.org", "chat.example.org"));
  }

  @Test
  void aPageOfAnotherSiteMayNot() {
    assertFalse(SameOriginHandshake.sameOrigin("http://evil.example", "localhost:8080"));
    assertFalse(SameOriginHandshake.sameOrigin("http://localhost:9090", "localhost:8080"));
    assertFalse(SameOriginHandshake.sameOrigin("null", "localhost:8080"));
    assertFalse(SameOriginHandshake.sameOrigin("http://localhost:8080", null));
  }

  @Test
  void aClientThatIsNoBrowserPageSendsNoOriginAndMayConnect() {
    assertTrue(SameOriginHandshake.sameOrigin(null, "localhost:8080"));
  }
}
