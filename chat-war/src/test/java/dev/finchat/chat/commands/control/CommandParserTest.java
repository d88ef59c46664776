package dev.finchat.chat.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandParserTest {

  @Test
  void anOrdinaryLineIsARoomMessageKeptExactlyAsTyped() {
    var text = assertInstanceOf(ChatInput.Text.class, CommandParser.parse("  hi <b>all</b> "));

    assertEquals("  hi <b>all</b> ", text.text());
  }

  @Test
  void stockCommandCarriesItsArgumentAsTyped() {
    var command = assertInstanceOf(ChatInput.Command.class, CommandParser.parse("/stock=AAPL.US"));

    assertEquals(BotCommand.STOCK, command.bot());
    assertEquals("AAPL.US", command.argument());
    assertEquals("/stock=AAPL.US", command.typed());
  }

  @Test
  void commandNamesIgnoreCaseAndSurroundingSpace() {
    var command =
        assertInstanceOf(ChatInput.Command.class, CommandParser.parse("  /STOCK=aapl.us "));

    assertEquals(BotCommand.STOCK, command.bot());
    assertEquals("aapl.us", command.argument());
  }

  @Test
  void anEmptyOrOddArgumentStillGoesToTheBotWhichExplainsWhatIsWrong() {
    assertEquals(
        "", assertInstanceOf(ChatInput.Command.class, CommandParser.parse("/stock=")).argument());
    assertEquals(
        "a b",
        assertInstanceOf(ChatInput.Command.class, CommandParser.parse("/stock=a b")).argument());
  }

  @Test
  void aCommandWithoutEqualsSignGetsAnExample() {
    var help = assertInstanceOf(ChatInput.Help.class, CommandParser.parse("/stock AAPL.US"));

    assertTrue(help.problem().contains("/stock=AAPL.US"), help.problem());
  }

  @Test
  void helpAndUnknownCommandsAnswerWithTheListAndAreNeverPosted() {
    assertNull(assertInstanceOf(ChatInput.Help.class, CommandParser.parse("/help")).problem());
    var unknown = assertInstanceOf(ChatInput.Help.class, CommandParser.parse("/shrug hello"));
    assertEquals("Unknown command /shrug.", unknown.problem());
    var unknownWithValue = assertInstanceOf(ChatInput.Help.class, CommandParser.parse("/price=X"));
    assertEquals("Unknown command /price.", unknownWithValue.problem());
  }

  @Test
  void blankAndOverlongLinesAreRefused() {
    assertInstanceOf(ChatInput.Refused.class, CommandParser.parse("   "));
    assertInstanceOf(ChatInput.Refused.class, CommandParser.parse(null));
    assertInstanceOf(ChatInput.Refused.class, CommandParser.parse("x".repeat(2_001)));
    assertInstanceOf(ChatInput.Text.class, CommandParser.parse("x".repeat(2_000)));
  }

  @Test
  void helpListsEveryCommandWithAnExample() {
    for (BotCommand command : BotCommand.values()) {
      assertTrue(BotCommand.help().contains(command.example()));
    }
  }
}
