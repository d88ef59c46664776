/**
 * The chat node's technical plumbing: its name on the broker ({@code ChatNode}), the data source
 * and its Liquibase migrations at start, the rows every node needs from its first start, the one
 * sending connection to the broker with its sender threads, timers off Payara's managed scheduler
 * (WebSocket idle timeouts too), the {@code Instant} converter for JPA and the Faces handler for
 * expired views. May use any Jakarta, Liquibase or adapter API; {@code FirstStart} alone reaches up
 * into users.control, history.control and admin.control to seed the bots' account, the lobby and
 * the first-admin secret.
 */
package dev.finchat.chat.infrastructure;
