/**
 * Where commands meet the node's outside: {@code AskerPages} shows a command's progress and its one
 * answer on the asker's own chat connection (through rooms.control's sessions); {@code
 * CatalogueAtStart} asks the bot nodes for their catalogue as the node starts; {@code BotsCheck} is
 * the readiness check that says whether bots answer. May use commands.control, rooms.control and
 * the node's timers; no JMS.
 */
package dev.finchat.chat.commands.boundary;
