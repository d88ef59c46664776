/**
 * Bot commands from a typed line to the asker's one answer: parsing, rate limits, sending to the
 * bot's queue, waiting for the reply or the timeout, and counting outcomes for MicroProfile Metrics
 * and the admin console. Today {@code CommandDispatcher} also builds and sends the JMS messages
 * itself (JMS, wire.jms, infrastructure's {@code BrokerSender}) and writes the answer to the
 * asker's page through rooms.control's WebSocket sessions.
 */
package dev.finchat.chat.commands.control;
