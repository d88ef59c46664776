package dev.finchat.bots.echo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.finchat.bots.commands.control.BotReply;
import org.junit.jupiter.api.Test;

class EchoBotTest {

  @Test
  void repeatsTheWordsWithoutTheirSurroundingSpace() {
    assertEquals(BotReply.answer("EchoBot heard: hello there"), EchoBot.answer("  hello there "));
  }

  @Test
  void asksForWordsWhenThereAreNone() {
    assertEquals(
        BotReply.error("Say what EchoBot should repeat, e.g. /echo=hello."), EchoBot.answer(" "));
  }

  @Test
  void offersItsCommandUnderItsOwnQueue() {
    var entry = new EchoBot().bot().entry();
    assertEquals("echo", entry.command());
    assertEquals("finchat.echo", entry.queue());
    assertEquals("EchoBot", entry.bot());
  }
}
