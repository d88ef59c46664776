/**
 * The rooms' JPA entities: a {@code Room}, which hands out its messages' sequence numbers under a
 * row lock, each {@code ChatMessage} posted in it, and each person's {@code ReadMark}: how far they
 * have read it. Uses JPA only.
 */
package dev.finchat.chat.rooms.entity;
