/**
 * How finchat's nodes reach the AMQP 1.0 broker: its settings ({@link dev.finchat.amqp.Broker}), a
 * node's one long-lived sending connection ({@link dev.finchat.amqp.BrokerLink}), and the JBoss
 * Generic JMS resource adapter made to run message-driven beans on Payara, with finchat's consuming
 * settings as their defaults, and to survive a broker restart or a session the broker ends ({@link
 * dev.finchat.amqp.InboundContextFactory}), telling through JMX whether their consumers are
 * attached ({@link dev.finchat.amqp.Consumers}). Uses Qpid JMS (its provider interface too),
 * pooled-jms, the Connector API and the adapter; nothing of a node.
 */
package dev.finchat.amqp;
