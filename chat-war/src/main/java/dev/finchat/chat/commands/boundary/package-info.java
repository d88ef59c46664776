/**
 * The chat node's ear for the bots: a message-driven bean on this node's own reply queue that
 * decodes each reply with the wire contract and hands it to commands.control. Uses JMS and
 * wire.jms, with the adapter's activation spec supplying the broker; no page or WebSocket types.
 */
package dev.finchat.chat.commands.boundary;
