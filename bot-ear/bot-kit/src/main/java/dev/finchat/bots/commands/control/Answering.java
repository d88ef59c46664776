package dev.finchat.bots.commands.control;

import dev.finchat.wire.Command;
import dev.finchat.wire.Commands;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one failure policy of every bot: each command gets exactly one reply its asker can read,
 * unless its asker has stopped waiting. A bot that fails on a command the first time puts it back
 * on its queue rather than answer "try again" — a node that is stopping fails its last calls, and
 * another node (or this one, a moment later) answers instead; the second failure is answered as an
 * error, and the command is dead-lettered for people to look at. Nothing escapes: the resource
 * adapter acknowledges a message even when {@code onMessage} throws, so a thrown exception would
 * only lose the command silently.
 */
@Dependent
public class Answering {

  private static final Logger LOG = Logger.getLogger(Answering.class.getName());

  private final BotReplies replies;
  private final Clock clock;

  @Inject
  public Answering(BotReplies replies) {
    this(replies, Clock.systemUTC());
  }

  public Answering(BotReplies replies, Clock clock) {
    this.replies = replies;
    this.clock = clock;
  }

  /** Answers {@code command} with what {@code bot} makes of its argument. */
  public void answer(Command command, Bot bot) {
    if (command.pastDeadline(clock.instant())) {
      // Its asker has been told nobody answered.
      LOG.fine(() -> bot.name() + " dropped a command that came after its asker stopped waiting");
      return;
    }
    var reply = ask(bot, command.argument());
    if (reply.isEmpty()) {
      if (!command.requeued() && putBack(bot, command)) {
        return;
      }
      if (command.requeued()) {
        deadLetter(command, bot.name() + " failed on it twice");
      }
    }
    send(
        command,
        reply.orElseGet(
            () -> BotReply.error(bot.name() + " could not answer just now, try again.")),
        bot);
  }

  /** The bot's reply, or empty when it failed in a way it does not answer itself (a fault). */
  private static Optional<BotReply> ask(Bot bot, String argument) {
    try {
      return Optional.of(bot.answers().apply(argument));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, bot.name() + " failed on " + argument, e);
      return Optional.empty();
    }
  }

  private boolean putBack(Bot bot, Command command) {
    try {
      replies.requeue(bot.queue(), command.requeue());
      LOG.warning(bot.name() + " put a command back on its queue for another try");
      return true;
    } catch (DeliveryFailed | RuntimeException e) {
      LOG.log(
          Level.WARNING, bot.name() + " could not put a command back; it answers with an error", e);
      return false;
    }
  }

  private void deadLetter(Command command, String reason) {
    try {
      replies.deadLetter(Commands.encode(command), reason);
    } catch (DeliveryFailed | RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not dead-letter a command: " + reason, e);
    }
  }

  private void send(Command command, BotReply reply, Bot bot) {
    try {
      replies.send(command.replyQueue(), reply.to(command.correlationId()));
    } catch (DeliveryFailed | RuntimeException e) {
      LOG.log(Level.SEVERE, bot.name() + " could not answer a command", e);
    }
  }
}
