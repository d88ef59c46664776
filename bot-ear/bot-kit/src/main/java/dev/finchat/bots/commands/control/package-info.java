/**
 * What every bot shares: the one failure policy (one readable reply per command, a first failure
 * put back on the queue, a second answered and dead-lettered), the {@code Bot} each bot is and the
 * reply it gives, the {@code BotReplies} port answers go out through, and the catalogue this node
 * announces. Uses the wire contract and CDI; no JMS or broker types.
 */
package dev.finchat.bots.commands.control;
