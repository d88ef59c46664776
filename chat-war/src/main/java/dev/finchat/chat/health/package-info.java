/**
 * The chat node's MicroProfile Health readiness: ready only while the broker can be reached (as
 * commands.control sees it) and the database answers a query (through JPA).
 */
package dev.finchat.chat.health;
