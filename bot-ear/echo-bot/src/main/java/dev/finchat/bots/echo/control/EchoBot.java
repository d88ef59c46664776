package dev.finchat.bots.echo.control;

import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.commands.control.BotReply;
import dev.finchat.bots.commands.control.CommandBot;
import dev.finchat.wire.CatalogueEntry;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers {@code /echo=<words>} with the words: a bot with no provider, to show how bots join. */
@ApplicationScoped
public class EchoBot implements CommandBot {

  public static final String NAME = "EchoBot";

  /** Its queue; on RabbitMQ it is declared beside the other bots' queues. */
  public static final String QUEUE = "finchat.echo";

  static final CatalogueEntry ENTRY =
      new CatalogueEntry(NAME, QUEUE, "echo", "/echo=hello", "repeats your words");

  @Override
  public Bot bot() {
    return new Bot(ENTRY, EchoBot::answer);
  }

  static BotReply answer(String argument) {
    String words = argument.strip();
    if (words.isEmpty()) {
      return BotReply.error("Say what EchoBot should repeat, e.g. " + ENTRY.usage() + ".");
    }
    return BotReply.answer("EchoBot heard: " + words);
  }
}
