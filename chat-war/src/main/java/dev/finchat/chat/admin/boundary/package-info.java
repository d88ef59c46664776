/**
 * The admin console at the edge: the Faces pages for people, rooms, messages, bots and the audit
 * log, the filter that asks the database on each request whether the caller is still an
 * administrator, and the endpoint the launcher calls to make the first one. Translates requests and
 * delegates to admin.control; also reads users.control, users.entity, rooms.entity and
 * commands.control's probe results.
 */
package dev.finchat.chat.admin.boundary;
