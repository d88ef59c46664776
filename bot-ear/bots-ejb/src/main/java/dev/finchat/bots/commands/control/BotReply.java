package dev.finchat.bots.commands.control;

import dev.finchat.amqp.CommandProtocol;

/** What a bot tells the asker: a result, or an error in plain words. */
public record BotReply(boolean error, String text) {

  public static BotReply answer(String text) {
    return new BotReply(false, text);
  }

  public static BotReply error(String text) {
    return new BotReply(true, text);
  }

  String outcome() {
    return error ? CommandProtocol.ERROR : CommandProtocol.QUOTE;
  }
}
