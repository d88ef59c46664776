/**
 * The echo bot itself: its catalogue entry and its answer. Uses the bot kit's control types only.
 */
package dev.finchat.bots.echo.control;
