package dev.finchat.chat.history.control;

import dev.finchat.chat.rooms.entity.ChatMessage;

/** A message has been stored: now it may be delivered (a CDI event, observed after commit). */
public record MessagePosted(ChatMessage message) {}
