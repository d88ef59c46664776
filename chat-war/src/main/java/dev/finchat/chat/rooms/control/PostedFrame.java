package dev.finchat.chat.rooms.control;

import dev.finchat.chat.rooms.entity.ChatMessage;

/**
 * A stored message as every chat node delivers it: its room, its number there, and the frame the
 * pages receive — whether it was stored on this node or arrived from another through the broker.
 */
public record PostedFrame(String room, long sequence, String frame) {

  public static PostedFrame of(ChatMessage message) {
    return new PostedFrame(message.room(), message.sequence(), Frames.message(message));
  }
}
