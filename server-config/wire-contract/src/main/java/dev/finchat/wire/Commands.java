package dev.finchat.wire;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link Command} travels: the argument is the text body; {@code JMSCorrelationID} and {@code
 * JMSReplyTo} carry the correlation id and the reply queue; properties name the bot and the
 * deadline.
 */
public final class Commands {

  /** String property naming the bot's command word ({@code stock}, {@code day_range}). */
  public static final String COMMAND = "finchat_command";

  /**
   * Long property: when the asker stops waiting (epoch milliseconds); a bot drops a command past
   * it. Not the JMS time to live: Qpid JMS settles a message that expired in a message bean's
   * prefetch as "modified, undeliverable here", whatever {@code jms.localMessageExpiry} says, and
   * RabbitMQ 3.10 answers that outcome by ending the consumer's session — the bean never consumes
   * again. The brokers' own limits (RabbitMQ's queue policies) bound what waits unread.
   */
  public static final String DEADLINE = "finchat_deadline";

  /** Boolean property of a command a bot node put back on its queue once. */
  public static final String REQUEUED = "finchat_requeued";

  /** String property of a dead-lettered message: why no bot could answer it. */
  public static final String DEAD_LETTER_REASON = "finchat_dead_letter_reason";

  private Commands() {}

  public static WireMessage encode(Command command) {
    Map<String, Object> properties = new HashMap<>();
    properties.put(COMMAND, command.bot());
    properties.put(DEADLINE, command.deadline().toEpochMilli());
    if (command.requeued()) {
      properties.put(REQUEUED, true);
    }
    return new WireMessage(
        command.argument(), command.correlationId(), Optional.of(command.replyQueue()), properties);
  }

  /** The command in {@code message}; one without a deadline waits as long as it takes. */
  public static Command decode(WireMessage message) throws UnreadableMessage {
    if (message.body() == null) {
      throw new UnreadableMessage("no text");
    }
    if (message.correlationId() == null || message.replyQueue().isEmpty()) {
      throw new UnreadableMessage("no reply address or correlation id");
    }
    Instant deadline =
        message.properties().get(DEADLINE) instanceof Long millis
            ? Instant.ofEpochMilli(millis)
            : Instant.MAX;
    return new Command(
        message.correlationId(),
        message.replyQueue().get(),
        deadline,
        message.string(COMMAND).orElse(""),
        message.body(),
        Boolean.TRUE.equals(message.properties().get(REQUEUED)));
  }
}
