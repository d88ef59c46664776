/**
 * Rooms at the edge: the chat page and its room URLs, the WebSocket endpoint that posts typed lines
 * to the room or hands commands to the bots, each page's WebSocket session as a shared {@code
 * PageConnection} ({@code WebSocketPage}), the filter that refuses cross-site handshakes, the room
 * list's unread counts as JSON, and the message-driven bean that hears the other chat nodes' room
 * traffic. Translates and delegates to rooms.control, commands.control, history.control and
 * users.control; reads infrastructure's node name and room topic.
 */
package dev.finchat.chat.rooms.boundary;
