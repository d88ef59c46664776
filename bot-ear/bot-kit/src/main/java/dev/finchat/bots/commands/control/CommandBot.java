package dev.finchat.bots.commands.control;

/**
 * One bot of this node, as a bean: every bean of this type is announced to the chat nodes, and its
 * queue's message-driven bean hands it the commands. Adding a bot is one such class and the bean
 * that names its queue.
 */
public interface CommandBot {

  Bot bot();
}
