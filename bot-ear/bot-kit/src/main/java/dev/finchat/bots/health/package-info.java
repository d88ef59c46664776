/**
 * The bot node's MicroProfile Health readiness: ready only while commands.infrastructure's broker
 * connection is up and every bot's consumer is attached to its queue, as the AMQP resource adapter
 * reports it (read by commands.infrastructure).
 */
package dev.finchat.bots.health;
