package dev.finchat.chat.rooms.control;

import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.rooms.entity.ChatMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Posts a message to a room so that every page sees the room's messages in sequence order: storing
 * one (which takes its number) and delivering it after commit happen one post at a time per room.
 * Without this, two posts committed a millisecond apart were delivered in either order.
 */
@ApplicationScoped
public class RoomPosts {

  @Inject MessageHistory history;

  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  public boolean exists(String room) {
    return room != null && history.roomExists(room);
  }

  public ChatMessage post(String room, String author, String text) {
    var lock = locks.computeIfAbsent(room, name -> new ReentrantLock(true));
    lock.lock();
    try {
      return history.post(room, author, text);
    } finally {
      lock.unlock();
    }
  }
}
