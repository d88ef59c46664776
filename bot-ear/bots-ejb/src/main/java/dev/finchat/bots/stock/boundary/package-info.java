/**
 * The stock bot's message-driven bean: it names the bot's queue and its bot, nothing else. Uses
 * commands.boundary and stock.control.
 */
package dev.finchat.bots.stock.boundary;
