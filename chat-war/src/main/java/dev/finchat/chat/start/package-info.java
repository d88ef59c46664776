/**
 * What exists from a chat node's first start: {@code FirstStart} seeds the bots' account, the lobby
 * and the first administrator's one-time secret, after infrastructure has migrated the schema. It
 * sits above the features it seeds (users.control, rooms.control, admin.control), and nothing
 * depends on it.
 */
package dev.finchat.chat.start;
