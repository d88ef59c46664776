/**
 * The wire contract between chat nodes and bots: a {@link dev.finchat.wire.Command} and its {@link
 * dev.finchat.wire.Reply}, the queues they travel on, and how each is encoded as a {@link
 * dev.finchat.wire.WireMessage}. Plain Java: no JMS, broker or Jakarta type, so that both sides and
 * the tools package the same contract and test it without a container.
 */
package dev.finchat.wire;
