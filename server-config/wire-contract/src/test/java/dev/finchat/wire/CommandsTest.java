package dev.finchat.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandsTest {

  private static final Instant DEADLINE = Instant.parse("2026-12-07T10:15:30.250Z");

  @Test
  void aCommandTravelsAsItsArgumentWithTheBotAndTheDeadlineBesideIt() {
    var wire =
        Commands.encode(new Command("c-1", "finchat.replies.chat-1", DEADLINE, "stock", "AAPL.US"));

    assertEquals(
        new WireMessage(
            "AAPL.US",
            "c-1",
            Optional.of("finchat.replies.chat-1"),
            Map.of("finchat_command", "stock", "finchat_deadline", DEADLINE.toEpochMilli())),
        wire);
  }

  @Test
  void whatIsEncodedDecodesToTheSameCommandPutBackOrNot() throws Exception {
    var command = new Command("c-2", "finchat.replies.chat-2", DEADLINE, "day_range", "MSFT.US");

    assertEquals(command, Commands.decode(Commands.encode(command)));
    assertEquals(command.requeue(), Commands.decode(Commands.encode(command.requeue())));
    assertEquals(true, Commands.encode(command.requeue()).properties().get("finchat_requeued"));
  }

  @Test
  void aCommandWithoutAReplyAddressOrCorrelationIdOrTextCannotBeRead() {
    var noReplyQueue =
        new WireMessage("AAPL.US", "c-3", Optional.empty(), Map.of("finchat_command", "stock"));
    var noCorrelation =
        new WireMessage("AAPL.US", null, Optional.of("finchat.replies.chat-1"), Map.of());
    var noText = new WireMessage(null, "c-3", Optional.of("finchat.replies.chat-1"), Map.of());

    assertEquals(
        "no reply address or correlation id",
        assertThrows(UnreadableMessage.class, () -> Commands.decode(noReplyQueue)).getMessage());
    assertEquals(
        "no reply address or correlation id",
        assertThrows(UnreadableMessage.class, () -> Commands.decode(noCorrelation)).getMessage());
    assertEquals(
        "no text",
        assertThrows(UnreadableMessage.class, () -> Commands.decode(noText)).getMessage());
  }

  @Test
  void aCommandWithoutADeadlineWaitsAsLongAsItTakes() throws Exception {
    var command =
        Commands.decode(
            new WireMessage("AAPL.US", "c-4", Optional.of("finchat.replies.probe"), Map.of()));

    assertFalse(command.pastDeadline(Instant.now().plusSeconds(86_400)));
  }

  @Test
  void aCommandIsPastItsDeadlineFromTheDeadlineOn() {
    var command = new Command("c-5", "finchat.replies.chat-1", DEADLINE, "stock", "AAPL.US");

    assertFalse(command.pastDeadline(DEADLINE.minusMillis(1)));
    assertTrue(command.pastDeadline(DEADLINE));
  }
}
