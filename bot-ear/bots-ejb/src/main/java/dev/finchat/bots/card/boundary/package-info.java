/**
 * The card bot's message-driven bean: it names the bot's queue and its bot, nothing else. Uses
 * commands.boundary and card.control.
 */
package dev.finchat.bots.card.boundary;
