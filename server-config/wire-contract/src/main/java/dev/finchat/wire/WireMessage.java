package dev.finchat.wire;

import java.util.Map;
import java.util.Optional;

/**
 * A message as it travels, in terms any messaging API can carry: a text body, the correlation id
 * that pairs a reply with its command, the name of the queue to answer on, and named properties
 * (strings, longs, booleans). Each node's messaging edge copies it to and from its JMS messages;
 * the codecs here give it its meaning.
 */
public record WireMessage(
    String body,
    String correlationId,
    Optional<String> replyQueue,
    Map<String, Object> properties) {

  public WireMessage {
    replyQueue = replyQueue == null ? Optional.empty() : replyQueue;
    properties = Map.copyOf(properties);
  }

  /** The string property {@code name}, if it is there and a string. */
  Optional<String> string(String name) {
    return properties.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
  }
}
