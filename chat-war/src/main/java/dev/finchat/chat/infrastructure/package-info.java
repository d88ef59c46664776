/**
 * The chat node's technical plumbing: its name on the broker ({@code ChatNode}), the data source
 * and its Liquibase migrations at start, the one sending connection to the broker with its sender
 * threads, the rooms' topic the chat nodes publish on ({@code RoomTopic}), timers off Payara's
 * managed scheduler (WebSocket idle timeouts too), the {@code Instant} converter for JPA and the
 * Faces handler for expired views. May use any Jakarta, Liquibase or adapter API, and nothing of
 * the features: every other package may depend on it.
 */
package dev.finchat.chat.infrastructure;
