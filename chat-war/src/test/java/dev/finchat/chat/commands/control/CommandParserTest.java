package dev.finchat.chat.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.wire.CatalogueNews;
import org.junit.jupiter.api.Test;

class CommandParserTest {

  private final LiveCatalogue catalogue = TestCatalogue.withBothBots();

  private ChatInput parse(String line) {
    return CommandParser.parse(line, catalogue);
  }

  @Test
  void anOrdinaryLineIsARoomMessageKeptExactlyAsTyped() {
    var text = assertInstanceOf(ChatInput.Text.class, parse("  hi <b>all</b> "));

    assertEquals("  hi <b>all</b> ", text.text());
  }

  @Test
  void stockCommandCarriesItsArgumentAsTyped() {
    var command = assertInstanceOf(ChatInput.Command.class, parse("/stock=AAPL.US"));

    assertEquals(TestCatalogue.STOCK, command.bot());
    assertEquals("AAPL.US", command.argument());
    assertEquals("/stock=AAPL.US", command.typed());
  }

  @Test
  void commandNamesIgnoreCaseAndSurroundingSpace() {
    var command = assertInstanceOf(ChatInput.Command.class, parse("  /STOCK=aapl.us "));

    assertEquals(TestCatalogue.STOCK, command.bot());
    assertEquals("aapl.us", command.argument());
  }

  @Test
  void anEmptyOrOddArgumentStillGoesToTheBotWhichExplainsWhatIsWrong() {
    assertEquals("", assertInstanceOf(ChatInput.Command.class, parse("/stock=")).argument());
    assertEquals("a b", assertInstanceOf(ChatInput.Command.class, parse("/stock=a b")).argument());
  }

  @Test
  void aCommandWithoutEqualsSignGetsAnExample() {
    var help = assertInstanceOf(ChatInput.Help.class, parse("/stock AAPL.US"));

    assertTrue(help.problem().contains("/stock=AAPL.US"), help.problem());
  }

  @Test
  void helpAndUnknownCommandsAnswerWithTheListAndAreNeverPosted() {
    assertNull(assertInstanceOf(ChatInput.Help.class, parse("/help")).problem());
    var unknown = assertInstanceOf(ChatInput.Help.class, parse("/shrug hello"));
    assertEquals("No bot answers /shrug right now.", unknown.problem());
    var unknownWithValue = assertInstanceOf(ChatInput.Help.class, parse("/price=X"));
    assertEquals("No bot answers /price right now.", unknownWithValue.problem());
  }

  @Test
  void blankAndOverlongLinesAreRefused() {
    assertInstanceOf(ChatInput.Refused.class, parse("   "));
    assertInstanceOf(ChatInput.Refused.class, parse(null));
    assertInstanceOf(ChatInput.Refused.class, parse("x".repeat(2_001)));
    assertInstanceOf(ChatInput.Text.class, parse("x".repeat(2_000)));
  }

  @Test
  void aCommandWhoseBotWasWithdrawnIsAnsweredThatNoBotAnswersIt() {
    catalogue.heard(new CatalogueNews.Withdrawn("bot-1", TestCatalogue.DAY_RANGE));

    var help = assertInstanceOf(ChatInput.Help.class, parse("/day_range=AAPL.US"));
    assertEquals("No bot answers /day_range right now.", help.problem());
    assertInstanceOf(ChatInput.Command.class, parse("/stock=AAPL.US"));
  }
}
