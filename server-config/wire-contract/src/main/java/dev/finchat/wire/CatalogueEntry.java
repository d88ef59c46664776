package dev.finchat.wire;

import java.util.regex.Pattern;

/**
 * What a bot tells the chat nodes about itself: its name as the asker sees it, the queue it reads,
 * the command word users type, a usage line with an example, and a few words of help. A chat node
 * offers exactly the commands whose entries it has heard.
 *
 * @param bot the bot's name on the page ({@code StockBot})
 * @param queue the queue its commands go to ({@code finchat.stock})
 * @param command the word after the slash ({@code stock})
 * @param usage the command as typed, with an example ({@code /stock=AAPL.US})
 * @param help what the command answers, in a few words ({@code latest price})
 */
public record CatalogueEntry(String bot, String queue, String command, String usage, String help) {

  /** Command words: lower-case letters, digits and underscores, as users type them after "/". */
  private static final Pattern COMMAND_WORD = Pattern.compile("[a-z][a-z0-9_]{0,31}");

  public CatalogueEntry {
    require(bot, "bot");
    require(queue, "queue");
    require(usage, "usage");
    require(help, "help");
    if (command == null || !COMMAND_WORD.matcher(command).matches()) {
      throw new IllegalArgumentException(
          "a command word is 1 to 32 lower-case letters, digits or underscores: " + command);
    }
    if (!usage.startsWith("/" + command)) {
      throw new IllegalArgumentException("the usage line of /" + command + " shows it: " + usage);
    }
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a catalogue entry needs its " + name);
    }
  }
}
