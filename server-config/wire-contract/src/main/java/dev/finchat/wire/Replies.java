package dev.finchat.wire;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link Reply} travels: the text is the body, {@code JMSCorrelationID} pairs it with its
 * command, a property says answer (on the wire {@code quote}) or {@code error}, and another carries
 * the chart.
 */
public final class Replies {

  /** String property of a reply: {@link #ANSWER} or {@link #ERROR}. */
  public static final String OUTCOME = "finchat_outcome";

  /** The {@link #OUTCOME} of an answer. */
  public static final String ANSWER = "quote";

  /** The {@link #OUTCOME} of an error. */
  public static final String ERROR = "error";

  /** Optional string property of an answer: recent closing prices ({@link PriceChart}). */
  public static final String CHART = "finchat_chart";

  private Replies() {}

  public static WireMessage encode(Reply reply) {
    Map<String, Object> properties = new HashMap<>();
    properties.put(OUTCOME, reply.error() ? ERROR : ANSWER);
    reply.chart().ifPresent(chart -> properties.put(CHART, chart.toProperty()));
    return new WireMessage(reply.text(), reply.correlationId(), Optional.empty(), properties);
  }

  /** The reply in {@code message}; one without an outcome is an answer. */
  public static Reply decode(WireMessage message) throws UnreadableMessage {
    if (message.body() == null || message.correlationId() == null) {
      throw new UnreadableMessage("a reply needs a text and a correlation id");
    }
    var outcome =
        message.string(OUTCOME).filter(ERROR::equals).isPresent()
            ? Reply.Outcome.ERROR
            : Reply.Outcome.ANSWER;
    return new Reply(
        message.correlationId(),
        outcome,
        message.body(),
        message.string(CHART).flatMap(PriceChart::fromProperty));
  }
}
