/** The echo bot's message-driven bean: it names the queue and hands each command to the kit. */
package dev.finchat.bots.echo.boundary;
