package dev.finchat.bots.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AttachedConsumersTest {

  @Test
  void aNodeWhoseConsumersAreAllAttachedIsReady() {
    var consumers = new AttachedConsumers(Map.of("finchat.stock", true, "finchat.day_range", true));

    assertTrue(consumers.ready());
    assertEquals(
        Map.of("finchat.stock", "attached", "finchat.day_range", "attached"), consumers.states());
  }

  @Test
  void oneDetachedConsumerMakesTheNodeNotReadyAndIsNamed() {
    var consumers =
        new AttachedConsumers(Map.of("finchat.stock", true, "finchat.day_range", false));

    assertFalse(consumers.ready());
    assertEquals("detached", consumers.states().get("finchat.day_range"));
  }

  @Test
  void aNodeWithoutAnyConsumerIsNotReady() {
    assertFalse(new AttachedConsumers(Map.of()).ready());
  }
}
