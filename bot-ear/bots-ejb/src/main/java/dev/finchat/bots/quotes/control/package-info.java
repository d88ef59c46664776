/**
 * Asking the quote providers, for every quote bot: Stooq's and Finnhub's REST clients behind
 * circuit breakers and fallbacks, the parsers of their CSV and JSON, and how a price and a quote
 * answer are worded. Uses MicroProfile REST Client and Fault Tolerance, JAX-RS, JSON-P, the wire's
 * price chart and commands.control's reply and stock codes.
 */
package dev.finchat.bots.quotes.control;
