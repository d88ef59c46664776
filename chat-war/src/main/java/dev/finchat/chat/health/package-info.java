/**
 * The chat node's MicroProfile Health readiness: ready only while the broker can be reached
 * (through infrastructure's sending connection) and the database answers a query (through JPA).
 * Uses infrastructure only, no feature's code.
 */
package dev.finchat.chat.health;
