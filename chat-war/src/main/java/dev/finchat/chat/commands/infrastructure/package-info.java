/**
 * The command path's JMS edge on the chat node: {@code JmsBots} sends each command to its bot's
 * queue on the node's broker connection, and {@code BotReplyConsumer}, a message-driven bean on the
 * node's own reply queue, decodes each reply with the wire contract and hands it to
 * commands.control. Every JMS type of the command path lives here; may use commands.control, the
 * wire contract, wire.jms and the node's broker connection.
 */
package dev.finchat.chat.commands.infrastructure;
