package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.finchat.chat.commands.control.TestCatalogue;
import org.junit.jupiter.api.Test;

class BotsAndBrokerTest {

  @Test
  void aBotIsProbedWithItsOwnExample() {
    assertEquals("AAPL.US", BotsAndBroker.probeArgument(TestCatalogue.STOCK));
    assertEquals("AAPL.US", BotsAndBroker.probeArgument(TestCatalogue.DAY_RANGE));
  }
}
