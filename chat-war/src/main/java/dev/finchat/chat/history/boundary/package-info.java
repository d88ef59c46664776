/**
 * Stored messages at the edge: the JSON API under {@code /api} (a room's or a person's messages, a
 * page at a time) and a person's own history page in Faces. Translates requests and delegates to
 * history.control; also reads rooms.entity, rooms.control's frames, users.control and the username
 * that users.boundary's per-user URLs pass along.
 */
package dev.finchat.chat.history.boundary;
