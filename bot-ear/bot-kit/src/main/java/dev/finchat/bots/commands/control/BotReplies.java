package dev.finchat.bots.commands.control;

import dev.finchat.wire.Command;
import dev.finchat.wire.Reply;
import dev.finchat.wire.WireMessage;

/** Where the bots' answers go: the asker's reply queue, back on a bot's queue, or dead letters. */
public interface BotReplies {

  /** Sends {@code reply} to the chat node (or probe) that asked, on {@code replyQueue}. */
  void send(String replyQueue, Reply reply) throws DeliveryFailed;

  /** Puts {@code command} back on {@code queue}, for whichever bot node takes it next. */
  void requeue(String queue, Command command) throws DeliveryFailed;

  /** Keeps {@code message}, which no bot could answer, with the reason, for people to look at. */
  void deadLetter(WireMessage message, String reason) throws DeliveryFailed;
}
