/**
 * The command path's JMS edge on the chat node: {@code JmsBots} sends each command to its bot's
 * queue, and asks for the bots' catalogue, on the node's broker connection; {@code
 * BotReplyConsumer}, a message-driven bean on the node's own reply queue, decodes each reply, and
 * {@code CatalogueConsumer}, one on the catalogue topic, each piece of catalogue news, with the
 * wire contract, for commands.control. Every JMS type of the command path lives here; may use
 * commands.control, the wire contract, wire.jms and the node's broker connection.
 */
package dev.finchat.chat.commands.infrastructure;
