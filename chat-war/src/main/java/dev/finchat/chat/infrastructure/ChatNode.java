package dev.finchat.chat.infrastructure;

import dev.finchat.amqp.Broker;
import dev.finchat.wire.Queues;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * This chat node's identity on the broker. Its name ({@code FINCHAT_NODE}, default {@code chat-1})
 * names its own reply queue, so answers come back to the node that asked; its user and password are
 * the ones it signs in to the broker with.
 */
@ApplicationScoped
public class ChatNode {

  public static final String NODE = "FINCHAT_NODE";
  public static final String DEFAULT_NODE = "chat-1";

  public String name() {
    return Broker.setting(NODE, DEFAULT_NODE);
  }

  public String replyQueue() {
    return Queues.REPLY_PREFIX + name();
  }

  public String brokerUser() {
    return Broker.user();
  }

  public String brokerPassword() {
    return Broker.password();
  }
}
