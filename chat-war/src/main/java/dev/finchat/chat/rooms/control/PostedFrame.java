package dev.finchat.chat.rooms.control;

import dev.finchat.chat.rooms.entity.ChatMessage;

/**
 * A stored message as every chat node delivers it: its room, its number there, and the frame the
 * pages receive — whether it was stored on this node or arrived from another through the broker.
 */
public record PostedFrame(String room, long sequence, String frame) {

  /** Where chat nodes publish the messages they store, and all of them listen. */
  public static final String TOPIC_ADDRESS = "/topic/finchat.rooms";

  /** Message properties beside the frame: room, number, and the chat node that stored it. */
  public static final String ROOM = "finchat_room";

  public static final String SEQUENCE = "finchat_seq";
  public static final String ORIGIN = "finchat_origin";

  public static PostedFrame of(ChatMessage message) {
    return new PostedFrame(message.room(), message.sequence(), Frames.message(message));
  }
}
