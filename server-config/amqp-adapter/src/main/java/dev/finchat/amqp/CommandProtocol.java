package dev.finchat.amqp;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Duration;

/**
 * The wire contract between chat nodes and bots. A command is a text message whose body is the
 * argument as the user typed it, sent to its bot's queue with {@code JMSReplyTo} (the asking chat
 * node's reply queue) and a {@code JMSCorrelationID}; the reply is a text message for the user with
 * the same correlation id and an {@link #OUTCOME} property.
 */
public final class CommandProtocol {

  /** Queue of the stock bot ({@code /stock=}). */
  public static final String STOCK_QUEUE = "finchat.stock";

  /** Queue of the day-range bot ({@code /day_range=}). */
  public static final String DAY_RANGE_QUEUE = "finchat.day_range";

  /** Where a bot moves a message it cannot answer at all (no reply address, unreadable). */
  public static final String DEAD_LETTER_QUEUE = "finchat.dead_letter";

  /** Prefix of each chat node's own reply queue; the node name completes it. */
  public static final String REPLY_QUEUE_PREFIX = "finchat.replies.";

  /** String property naming the command ({@code stock}, {@code day_range}). */
  public static final String COMMAND = "finchat_command";

  /** String property of a reply: {@link #QUOTE} or {@link #ERROR}. */
  public static final String OUTCOME = "finchat_outcome";

  public static final String QUOTE = "quote";

  /** Optional string property of a quote reply: recent closing prices ({@link PriceChart}). */
  public static final String CHART = "finchat_chart";

  public static final String ERROR = "error";

  /**
   * Set on a command a bot node put back on its queue after failing on it unexpectedly (typically
   * while stopping): the next failure on it is answered as an error, not put back again.
   */
  public static final String REQUEUED = "finchat_requeued";

  /** String property of a dead-lettered message: why no bot could answer it. */
  public static final String DEAD_LETTER_REASON = "finchat_dead_letter_reason";

  /**
   * Long property of a command: when its asker stops waiting (epoch milliseconds); a bot drops a
   * command past it. Not the JMS time to live: Qpid JMS settles a message that expired in a message
   * bean's prefetch as "modified, undeliverable here", whatever {@code jms.localMessageExpiry}
   * says, and RabbitMQ 3.10 answers that outcome by ending the consumer's session — the bean never
   * consumes again. The brokers' own limits (RabbitMQ's queue policies) bound what waits unread.
   */
  public static final String DEADLINE = "finchat_deadline";

  /**
   * How long the probe waits for a command's answer; chat nodes use {@code
   * finchat.command.timeout}.
   */
  public static final Duration COMMAND_TIME_TO_LIVE = Duration.ofSeconds(30);

  /** Whether {@code message} is a command past its {@link #DEADLINE} at {@code nowMillis}. */
  public static boolean pastDeadline(Message message, long nowMillis) throws JMSException {
    if (message.propertyExists(DEADLINE)) {
      return message.getLongProperty(DEADLINE) <= nowMillis;
    }
    long expiration = message.getJMSExpiration();
    return expiration != 0 && expiration <= nowMillis;
  }

  private CommandProtocol() {}
}
