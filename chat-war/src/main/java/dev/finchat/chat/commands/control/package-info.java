/**
 * Bot commands from a typed line to the asker's one answer: the live catalogue of the bots that
 * announced themselves, parsing against it, rate limits, sending through the {@code Bots} port,
 * waiting for the reply or the timeout, and counting outcomes for MicroProfile Metrics and the
 * admin console. The asker's page is reached through the {@code Askers} port. No JMS, Faces or
 * WebSocket types: the ports' implementations live in commands.infrastructure and
 * commands.boundary.
 */
package dev.finchat.chat.commands.control;
