package dev.finchat.amqp;

import java.util.Map;
import javax.management.MXBean;

/**
 * Whether the consumers of the resource adapter's message-driven beans are attached to the broker
 * right now: what a node's readiness rests on, since a bean that is still connecting, or
 * reconnecting after losing the broker or its queue, takes no message. The adapter publishes it
 * under {@link #OBJECT_NAME} in the platform MBean server while it runs. JMX rather than an
 * administered object in JNDI: nothing to declare on each node and in each test deployment, and an
 * operator's JMX console shows the same.
 */
@MXBean
public interface Consumers {

  /** Where the running adapter publishes this. */
  String OBJECT_NAME = "dev.finchat.amqp:type=Consumers";

  /**
   * Each destination the adapter's beans consume (a queue's name, or {@code topic} and the topic's
   * routing key), and whether its consumer is attached; a destination consumed by several beans is
   * attached only when each of them is.
   */
  Map<String, Boolean> getAttached();
}
