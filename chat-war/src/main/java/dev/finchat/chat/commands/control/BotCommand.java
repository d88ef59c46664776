package dev.finchat.chat.commands.control;

import dev.finchat.wire.Queues;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The commands users can give, each answered by its own bot listening on its own queue. */
public enum BotCommand {
  STOCK("stock", "StockBot", Queues.STOCK, "/stock=AAPL.US", "latest price"),
  DAY_RANGE(
      "day_range", "DayRangeBot", Queues.DAY_RANGE, "/day_range=AAPL.US", "today's low and high");

  /** What {@code /help} itself does, in the same words as the bots' purposes. */
  public static final String HELP_PURPOSE = "this list";

  private final String name;
  private final String botName;
  private final String queue;
  private final String example;
  private final String purpose;

  BotCommand(String name, String botName, String queue, String example, String purpose) {
    this.name = name;
    this.botName = botName;
    this.queue = queue;
    this.example = example;
    this.purpose = purpose;
  }

  public String commandName() {
    return name;
  }

  public String botName() {
    return botName;
  }

  public String queue() {
    return queue;
  }

  public String example() {
    return example;
  }

  /** What the command answers, in a few words: for {@code /help} and the chat page's menu. */
  public String purpose() {
    return purpose;
  }

  static Optional<BotCommand> named(String name) {
    return Arrays.stream(values()).filter(command -> command.name.equals(name)).findFirst();
  }

  /** One line per command, with an example: the answer to {@code /help}. */
  public static String help() {
    return Arrays.stream(values())
        .map(command -> command.example + " (" + command.purpose + ")")
        .collect(Collectors.joining("; ", "Commands: ", "; /help (" + HELP_PURPOSE + ")."));
  }
}
