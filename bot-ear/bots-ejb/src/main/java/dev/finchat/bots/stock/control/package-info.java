/**
 * The stock bot: answers {@code /stock=<code>} with the latest close from Stooq and a chart of
 * recent closes, on its own queue. Uses quotes.control, commands.control and the wire's queue
 * names.
 */
package dev.finchat.bots.stock.control;
