/**
 * The bot node's broker edge: {@code JmsBotReplies} sends replies, commands put back and dead
 * letters, and {@code JmsCatalogueTopic} the bots' catalogue news, each on a long-lived broker
 * connection; {@code AdapterConsumers} reads what the AMQP resource adapter says of its consumers.
 * Uses JMS, JMX, the adapter's {@code BrokerLink} and {@code Consumers}, and wire.jms.
 */
package dev.finchat.bots.commands.infrastructure;
