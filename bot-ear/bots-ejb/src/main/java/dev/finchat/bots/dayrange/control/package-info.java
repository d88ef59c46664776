/**
 * The day-range bot: answers {@code /day_range=<code>} with today's low and high from Finnhub, on
 * its own queue. Uses quotes.control, commands.control and the wire's queue names.
 */
package dev.finchat.bots.dayrange.control;
