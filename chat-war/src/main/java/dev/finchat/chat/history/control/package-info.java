/**
 * The rooms' stored messages (the rooms themselves are rooms.control's): posting one (stored first,
 * announced by a {@code MessagePosted} CDI event that is observed after commit), reading them back
 * newest first by room or author a page at a time, and the seed's {@code limit_to} rule. Uses
 * rooms.entity, JPA and JTA and infrastructure's read-only hint; no page, WebSocket or broker
 * types.
 */
package dev.finchat.chat.history.control;
