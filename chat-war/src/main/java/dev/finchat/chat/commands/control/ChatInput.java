package dev.finchat.chat.commands.control;

import dev.finchat.wire.CatalogueEntry;

/** What a line typed in the chat is: a message for the room, or something only for the asker. */
public sealed interface ChatInput {

  /** An ordinary message for everyone in the room. */
  record Text(String text) implements ChatInput {}

  /** A command for the bot of {@code bot}, with its argument as typed ({@code /stock=AAPL.US}). */
  record Command(CatalogueEntry bot, String argument, String typed) implements ChatInput {}

  /** {@code /help}, a command no bot answers, or a command without its argument. */
  record Help(String problem) implements ChatInput {}

  /** Nothing worth sending, or too much. */
  record Refused(String reason) implements ChatInput {}
}
