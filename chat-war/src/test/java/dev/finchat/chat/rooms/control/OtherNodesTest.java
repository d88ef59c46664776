package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OtherNodesTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Duration SILENCE = Duration.ofSeconds(30);

  @Test
  void everyNodesUsersOfARoomAreOnline() {
    var nodes = new OtherNodes();
    assertTrue(nodes.heard("chat-2", "lobby", List.of("bob"), T0));
    assertTrue(nodes.heard("chat-3", "lobby", List.of("Carol", "bob"), T0));
    nodes.heard("chat-3", "markets", List.of("dave"), T0);
    assertEquals(List.of("bob", "Carol"), List.copyOf(nodes.online("lobby")));
    assertEquals(Set.of("dave"), nodes.online("markets"));
  }

  @Test
  void repeatingTheSameUsersChangesNothing() {
    var nodes = new OtherNodes();
    nodes.heard("chat-2", "lobby", List.of("bob"), T0);
    assertFalse(nodes.heard("chat-2", "lobby", List.of("bob"), T0.plusSeconds(10)));
    assertFalse(nodes.heard("chat-2", "empty", List.of(), T0));
    assertTrue(nodes.heard("chat-2", "lobby", List.of(), T0.plusSeconds(11)));
    assertEquals(Set.of(), nodes.online("lobby"));
  }

  @Test
  void aNodeThatFallsSilentIsForgotten() {
    var nodes = new OtherNodes();
    nodes.heard("chat-2", "lobby", List.of("bob"), T0);
    nodes.heard("chat-3", "lobby", List.of("carol"), T0.plusSeconds(20));
    assertEquals(Set.of(), nodes.forgetSilent(SILENCE, T0.plusSeconds(30)));
    assertEquals(Set.of("lobby"), nodes.forgetSilent(SILENCE, T0.plusSeconds(31)));
    assertEquals(Set.of("carol"), nodes.online("lobby"));
  }
}
