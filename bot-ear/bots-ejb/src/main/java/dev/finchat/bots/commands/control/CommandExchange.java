package dev.finchat.bots.commands.control;

import dev.finchat.amqp.CommandProtocol;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.util.Optional;
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
      boolean answerable = request.getJMSReplyTo() != null && request.getJMSCorrelationID() != null;
      if (!(request instanceof TextMessage text) || text.getText() == null) {
        replies.deadLetter(request, null, "not a text message: " + kind(request));
        if (answerable) {
          replies.send(
              request.getJMSReplyTo(),
              request.getJMSCorrelationID(),
              BotReply.error(botName + " could not read that command."));
        }
      } else if (!answerable) {
        replies.deadLetter(request, text.getText(), "no reply address or correlation id");
      } else if (CommandProtocol.pastDeadline(request, System.currentTimeMillis())) {
        // Past its deadline: its asker has been told nobody answered.
        LOG.fine(() -> botName + " dropped a command that came after its asker stopped waiting");
      } else {
        var reply = ask(botName, bot, text.getText());
        if (reply.isEmpty() && putBack(request, botName, text.getText())) {
          return;
        }
        replies.send(
            request.getJMSReplyTo(),
            request.getJMSCorrelationID(),
            reply.orElseGet(
                () -> BotReply.error(botName + " could not answer just now, try again.")));
      }
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.SEVERE, botName + " could not answer or dead-letter a command", e);
    }
  }

  private static String kind(Message message) {
    if (message instanceof BytesMessage) {
      return "bytes";
    }
    if (message instanceof MapMessage) {
      return "map";
    }
    if (message instanceof ObjectMessage) {
      return "object";
    }
    if (message instanceof StreamMessage) {
      return "stream";
    }
    return message instanceof TextMessage ? "text without a body" : "no body";
  }

  /** The bot's reply, or empty when it failed in a way it does not answer itself (a fault). */
  private static Optional<BotReply> ask(
      String botName, Function<String, BotReply> bot, String argument) {
    try {
      return Optional.of(bot.apply(argument));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, botName + " failed on " + argument, e);
      return Optional.empty();
    }
  }

  /**
   * A bot that failed unexpectedly on a command the first time puts it back on its queue rather
   * than answer "try again": a node that is stopping fails its last calls, and another node (or
   * this one, a moment later) answers instead. The second failure is answered as an error.
   */
  private boolean putBack(Message request, String botName, String body) {
    try {
      if (request.propertyExists(CommandProtocol.REQUEUED)) {
        return false;
      }
      replies.requeue(request, body);
      LOG.warning(botName + " put a command back on its queue for another try");
      return true;
    } catch (JMSException | RuntimeException e) {
      LOG.log(
          Level.WARNING, botName + " could not put a command back; it answers with an error", e);
      return false;
    }
  }
}
