/**
 * Rooms at the edge: the chat page and its room URLs, the WebSocket endpoint that posts typed lines
 * to the room or hands commands to the bots, the filter that refuses cross-site handshakes, and the
 * message-driven bean that hears the other chat nodes' room traffic. Translates and delegates to
 * rooms.control, commands.control and history.control.
 */
package dev.finchat.chat.rooms.boundary;
