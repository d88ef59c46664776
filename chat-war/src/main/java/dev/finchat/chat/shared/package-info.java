/**
 * What several features of the chat node share and none of them owns: the per-person {@code
 * RateLimit} that commands and room posts both apply, and the {@code PageConnection} an open chat
 * page is to rooms.control and users.control (rooms.boundary puts the WebSocket behind it). Plain
 * Java only: it depends on no other package of the application and on no Jakarta API.
 */
package dev.finchat.chat.shared;
