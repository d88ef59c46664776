/**
 * The day-range bot's message-driven bean: it names the bot's queue and its bot, nothing else. Uses
 * commands.boundary and dayrange.control.
 */
package dev.finchat.bots.dayrange.boundary;
