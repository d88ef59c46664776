/**
 * Where the bots' commands arrive: {@code BotCommandConsumer}, the base of each bot's
 * message-driven bean, hands every message to {@code CommandExchange}, which reads the command with
 * the wire contract, passes it to commands.control and dead-letters what is no command. Uses JMS,
 * wire.jms and commands.control.
 */
package dev.finchat.bots.commands.boundary;
