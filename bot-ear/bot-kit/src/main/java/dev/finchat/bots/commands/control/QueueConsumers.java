package dev.finchat.bots.commands.control;

/**
 * Whether this node's consumer of a queue is attached to it: whether the node takes its commands.
 */
public interface QueueConsumers {

  boolean attached(String queue);
}
