/**
 * Rooms: the stored rooms ({@code Rooms}: which exist, creating and locking one), and live rooms on
 * this node: storing posts in order on writer threads, delivering each stored message once and in
 * sequence to the open pages, presence across chat nodes, flood limits, room names and the JSON
 * frames pages receive. {@code RoomTraffic} tells the other chat nodes through infrastructure's
 * {@code RoomTopic}. Uses history.control, rooms.entity, shared's rate limit and infrastructure;
 * today {@code ChatSessions} also holds the pages' WebSocket sessions.
 */
package dev.finchat.chat.rooms.control;
