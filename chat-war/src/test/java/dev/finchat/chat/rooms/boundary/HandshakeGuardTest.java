package dev.finchat.chat.rooms.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HandshakeGuardTest {

  @Test
  void aPageOfThisSiteMayConnect() {
    assertTrue(HandshakeGuard.sameOrigin("http://localhost:8080", "localhost:8080"));
    assertTrue(HandshakeGuard.sameOrigin("https://chat.example.org", "chat.example.org"));
  }

  @Test
  void aPageOfAnotherSiteMayNot() {
    assertFalse(HandshakeGuard.sameOrigin("http://evil.example", "localhost:8080"));
    assertFalse(HandshakeGuard.sameOrigin("http://localhost:9090", "localhost:8080"));
    assertFalse(HandshakeGuard.sameOrigin("null", "localhost:8080"));
    assertFalse(HandshakeGuard.sameOrigin("http://localhost:8080", null));
  }

  @Test
  void aClientThatIsNoBrowserPageSendsNoOriginAndMayConnect() {
    assertTrue(HandshakeGuard.sameOrigin(null, "localhost:8080"));
  }
}
