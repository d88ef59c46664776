package dev.finchat.wire;

import java.time.Duration;
import java.time.Instant;

/**
 * A command a person typed, on its way to a bot: which bot ({@code stock}), the argument as typed
 * ({@code AAPL.US}), where to answer (the asking chat node's reply queue) under which correlation
 * id, and until when the asker waits. {@code requeued} marks a command a bot node put back once
 * after failing on it: the next failure is answered, not put back again.
 */
public record Command(
    String correlationId,
    String replyQueue,
    Instant deadline,
    String bot,
    String argument,
    boolean requeued) {

  /** How long the probe waits for a command's answer; chat nodes have a setting of their own. */
  public static final Duration PROBE_TIME_TO_LIVE = Duration.ofSeconds(30);

  /** A command as a chat node first sends it. */
  public Command(
      String correlationId, String replyQueue, Instant deadline, String bot, String argument) {
    this(correlationId, replyQueue, deadline, bot, argument, false);
  }

  /** Whether its asker has stopped waiting at {@code now}: no bot answers it then. */
  public boolean pastDeadline(Instant now) {
    return !deadline.isAfter(now);
  }

  /** The same command, marked as put back once. */
  public Command requeue() {
    return new Command(correlationId, replyQueue, deadline, bot, argument, true);
  }
}
