/**
 * Rooms: the stored rooms ({@code Rooms}: which exist, creating and locking one), and live rooms on
 * this node: the open pages by room ({@code ChatSessions}, each a shared {@code PageConnection}),
 * storing posts in order on writer threads, delivering each stored message once and in sequence to
 * the open pages, presence across chat nodes, how far each person has read each room ({@code
 * ReadMarks}), flood limits, room names and the JSON frames pages receive. {@code RoomTraffic}
 * tells the other chat nodes through infrastructure's {@code RoomTopic}. Uses history.control,
 * rooms.entity, shared and infrastructure; no WebSocket, JMS or Faces types.
 */
package dev.finchat.chat.rooms.control;
