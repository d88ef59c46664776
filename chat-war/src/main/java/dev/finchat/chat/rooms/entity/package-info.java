/**
 * The rooms' JPA entities: a {@code Room}, which hands out its messages' sequence numbers under a
 * row lock, and each {@code ChatMessage} posted in it. Uses JPA only.
 */
package dev.finchat.chat.rooms.entity;
