/**
 * Where a command meets the asker's page: {@code AskerPages} shows a command's progress and its one
 * answer as frames on the asker's own chat connection, through rooms.control's sessions. May use
 * commands.control and rooms.control; no JMS.
 */
package dev.finchat.chat.commands.boundary;
