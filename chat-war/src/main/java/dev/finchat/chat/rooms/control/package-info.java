/**
 * Rooms: the stored rooms ({@code Rooms}: which exist, creating and locking one), and live rooms on
 * this node: storing posts in order on writer threads, delivering each stored message once and in
 * sequence to the open pages, presence across chat nodes, flood limits, room names and the JSON
 * frames pages receive. Uses history.control, rooms.entity, shared's rate limit and
 * infrastructure's node name; today it also holds the pages' WebSocket sessions ({@code
 * ChatSessions}) and publishes to the other nodes with JMS through infrastructure's {@code
 * BrokerSender} ({@code RoomTraffic}).
 */
package dev.finchat.chat.rooms.control;
