package dev.finchat.bots.commands.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one failure policy of every bot: each command gets exactly one reply the asker can read, and
 * a message that cannot be answered at all goes to the dead-letter queue with the reason. Nothing
 * escapes: the resource adapter acknowledges a message even when {@code onMessage} throws, so a
 * thrown exception would only lose the command silently.
 */
@ApplicationScoped
public class CommandExchange {

  private static final Logger LOG = Logger.getLogger(CommandExchange.class.getName());

  @Inject ReplySender replies;

  /** Answers {@code request} with what {@code bot} makes of its argument. */
  public void answer(Message request, String botName, Function<String, BotReply> bot) {
    try {
      String argument = request instanceof TextMessage text ? text.getText() : null;
      if (request.getJMSReplyTo() == null || request.getJMSCorrelationID() == null) {
        replies.deadLetter(request, String.valueOf(argument), "no reply address");
        return;
      }
      BotReply reply =
          argument == null
              ? BotReply.error(botName + " could not read that command.")
              : ask(botName, bot, argument);
      replies.send(request.getJMSReplyTo(), request.getJMSCorrelationID(), reply);
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.SEVERE, botName + " could not answer or dead-letter a command", e);
    }
  }

  private static BotReply ask(String botName, Function<String, BotReply> bot, String argument) {
    try {
      return bot.apply(argument);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, botName + " failed on " + argument, e);
      return BotReply.error(botName + " could not answer just now, try again.");
    }
  }
}
