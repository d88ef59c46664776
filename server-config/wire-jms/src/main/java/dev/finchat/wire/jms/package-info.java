/**
 * The wire contract's JMS edge: {@link dev.finchat.wire.jms.JmsWire} turns wire messages into JMS
 * messages and back, for the chat nodes, the bots and the tools alike. May use the contract, JMS
 * and the adapter's queue addressing; nothing of a node.
 */
package dev.finchat.wire.jms;
