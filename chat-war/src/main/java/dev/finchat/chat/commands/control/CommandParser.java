package dev.finchat.chat.commands.control;

import java.util.Locale;

/**
 * Tells a room message from a command. A line starting with {@code /} is never posted to the room:
 * it is a command of a bot in the live catalogue ({@code /name=argument}) or help for the asker.
 */
public final class CommandParser {

  /** Longest line accepted, in characters. */
  public static final int MAX_LENGTH = 2_000;

  private CommandParser() {}

  public static ChatInput parse(String line, LiveCatalogue catalogue) {
    if (line == null || line.isBlank()) {
      return new ChatInput.Refused("Type a message first.");
    }
    if (line.length() > MAX_LENGTH) {
      return new ChatInput.Refused(
          "That message is too long: at most " + MAX_LENGTH + " characters, please.");
    }
    String trimmed = line.strip();
    if (!trimmed.startsWith("/")) {
      return new ChatInput.Text(line);
    }
    int equals = trimmed.indexOf('=');
    String head = equals < 0 ? trimmed.substring(1) : trimmed.substring(1, equals);
    String name = head.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    if (name.equals("help")) {
      return new ChatInput.Help(null);
    }
    var command = catalogue.answering(name);
    if (command.isEmpty()) {
      return new ChatInput.Help("No bot answers /" + abbreviate(name) + " right now.");
    }
    if (equals < 0) {
      return new ChatInput.Help(
          "/" + name + " needs a value after '=', for example " + command.get().usage() + ".");
    }
    return new ChatInput.Command(command.get(), trimmed.substring(equals + 1), trimmed);
  }

  private static String abbreviate(String name) {
    return name.length() <= 30 ? name : name.substring(0, 30) + "…";
  }
}
