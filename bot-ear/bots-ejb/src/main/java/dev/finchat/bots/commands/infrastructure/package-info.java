/**
 * {@code BotReplies} over JMS: replies, commands put back and dead letters sent on the bot node's
 * one long-lived broker connection. Uses JMS, the adapter's {@code BrokerLink} and wire.jms.
 */
package dev.finchat.bots.commands.infrastructure;
