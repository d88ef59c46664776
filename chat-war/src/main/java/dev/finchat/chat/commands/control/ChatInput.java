package dev.finchat.chat.commands.control;

/** What a line typed in the chat is: a message for the room, or something only for the asker. */
public sealed interface ChatInput {

  /** An ordinary message for everyone in the room. */
  record Text(String text) implements ChatInput {}

  /** A bot command with its argument as typed ({@code /stock=AAPL.US}). */
  record Command(BotCommand bot, String argument, String typed) implements ChatInput {}

  /** {@code /help}, an unknown {@code /command}, or a command without its argument. */
  record Help(String problem) implements ChatInput {}

  /** Nothing worth sending, or too much. */
  record Refused(String reason) implements ChatInput {}
}
