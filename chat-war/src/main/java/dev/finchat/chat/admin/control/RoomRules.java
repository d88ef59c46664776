package dev.finchat.chat.admin.control;

import dev.finchat.chat.admin.entity.AdminAction;
import dev.finchat.chat.rooms.entity.Room;
import java.util.Optional;

/**
 * When a room may be archived (made read-only, its history kept) or reopened. The lobby is where
 * everyone lands: archiving it would leave nobody a place to talk, so it stays open.
 */
public final class RoomRules {

  private RoomRules() {}

  /** Why {@code action} may not be done to the room {@code name}; empty when it may. */
  public static Optional<String> refusal(AdminAction action, String name, boolean archived) {
    return switch (action) {
      case ARCHIVE_ROOM -> {
        if (Room.LOBBY.equals(name)) {
          yield Optional.of("The lobby cannot be archived: everyone lands there.");
        }
        yield archived ? Optional.of("#" + name + " is archived already.") : Optional.empty();
      }
      case REOPEN_ROOM ->
          archived ? Optional.empty() : Optional.of("#" + name + " is not archived.");
      default -> throw new IllegalArgumentException(action + " is not done to rooms");
    };
  }
}
