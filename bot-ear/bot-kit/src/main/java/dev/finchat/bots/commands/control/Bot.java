package dev.finchat.bots.commands.control;

import dev.finchat.wire.CatalogueEntry;
import java.util.function.Function;

/**
 * A bot as the failure policy and the chat nodes see it: its catalogue entry (name, queue, command
 * word, usage and help, announced to the chat nodes) and what it answers to an argument.
 */
public record Bot(CatalogueEntry entry, Function<String, BotReply> answers) {

  /** The bot's name, for the asker and the logs. */
  public String name() {
    return entry.bot();
  }

  /** The queue its commands come from. */
  public String queue() {
    return entry.queue();
  }
}
