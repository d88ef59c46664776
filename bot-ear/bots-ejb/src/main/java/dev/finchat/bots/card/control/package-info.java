/**
 * The card bot: answers {@code /card=<code>} with a cashtag's card (price, day range and a chart of
 * recent closes from Stooq), on its own queue. Uses quotes.control, commands.control and the wire's
 * queue names.
 */
package dev.finchat.bots.card.control;
