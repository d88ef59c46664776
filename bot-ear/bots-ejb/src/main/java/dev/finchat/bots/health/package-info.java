/**
 * The bot node's MicroProfile Health readiness: ready only while commands.infrastructure's broker
 * connection is up.
 */
package dev.finchat.bots.health;
