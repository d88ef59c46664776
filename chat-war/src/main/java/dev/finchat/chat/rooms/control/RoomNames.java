package dev.finchat.chat.rooms.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a room may be called: like a username, 3–30 letters, digits, '_', '-', '.'; any case. */
public final class RoomNames {

  private static final Pattern NAME = Pattern.compile("[a-z0-9_.-]{3,30}");

  private RoomNames() {}

  /** The name as stored and shown in URLs: lower case. */
  public static String normal(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }

  public static Optional<String> problem(String name) {
    String normal = normal(name);
    if (normal.isEmpty()) {
      return Optional.of("Name the room.");
    }
    if (!NAME.matcher(normal).matches()) {
      return Optional.of("A room name has 3 to 30 letters, digits, '_', '-' or '.'.");
    }
    return Optional.empty();
  }
}
