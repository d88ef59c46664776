package dev.finchat.bots.commands.boundary;

import dev.finchat.bots.commands.control.Answering;
import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.commands.control.BotReplies;
import dev.finchat.bots.commands.control.BotReply;
import dev.finchat.bots.commands.control.DeliveryFailed;
import dev.finchat.wire.Command;
import dev.finchat.wire.Commands;
import dev.finchat.wire.UnreadableMessage;
import dev.finchat.wire.WireMessage;
import dev.finchat.wire.jms.JmsWire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a bot's message-driven bean hands each message: a command goes on to {@link Answering}, the
 * one failure policy; a message that is no command is dead-lettered with the reason, and its asker,
 * when it names one, is told the bot could not read it.
 */
@ApplicationScoped
public class CommandExchange {

  private static final Logger LOG = Logger.getLogger(CommandExchange.class.getName());

  @Inject Answering answering;
  @Inject BotReplies replies;

  public void answer(Message message, Bot bot) {
    WireMessage wire;
    try {
      wire = JmsWire.read(message);
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.SEVERE, bot.name() + " could not read a message at all", e);
      return;
    }
    Command command;
    try {
      command = Commands.decode(wire);
    } catch (UnreadableMessage unreadable) {
      unanswerable(message, wire, bot, unreadable.getMessage());
      return;
    }
    answering.answer(command, bot);
  }

  private void unanswerable(Message message, WireMessage wire, Bot bot, String why) {
    try {
      if (wire.body() != null) {
        replies.deadLetter(wire, why);
        return;
      }
      replies.deadLetter(wire, "not a text message: " + kind(message));
      if (wire.correlationId() != null && wire.replyQueue().isPresent()) {
        replies.send(
            wire.replyQueue().get(),
            BotReply.error(bot.name() + " could not read that command.").to(wire.correlationId()));
      }
    } catch (DeliveryFailed | RuntimeException e) {
      LOG.log(Level.SEVERE, bot.name() + " could not answer or dead-letter a message", e);
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
}
