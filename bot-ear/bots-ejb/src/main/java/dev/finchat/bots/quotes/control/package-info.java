/**
 * Asking the quote providers, for every quote bot: Stooq's and Finnhub's REST clients behind
 * circuit breakers and fallbacks, the parsers of their CSV and JSON, and how a price and a quote
 * answer are worded, and what a stock code looks like. Uses MicroProfile REST Client and Fault
 * Tolerance, JAX-RS, JSON-P, the wire's price chart and the bot kit's reply.
 */
package dev.finchat.bots.quotes.control;
