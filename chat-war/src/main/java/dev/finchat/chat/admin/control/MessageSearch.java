package dev.finchat.chat.admin.control;

import dev.finchat.chat.rooms.control.RoomNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a moderator looks for among the stored messages, made safe: the room and the author exactly
 * (any case), the text anywhere in the message (any case, {@code %} and {@code _} taken literally);
 * a blank field does not narrow the search, and each is cut to what could ever match.
 */
public record MessageSearch(String room, String author, String text) {

  public static final int MAX_NAME = 30;
  public static final int MAX_TEXT = 100;

  public MessageSearch {
    room = cut(RoomNames.normal(room).replaceFirst("^#", ""), MAX_NAME);
    author = cut(author == null ? "" : author.strip().toLowerCase(Locale.ROOT), MAX_NAME);
    text = cut(text == null ? "" : text.strip(), MAX_TEXT);
  }

  private static String cut(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }

  public boolean isEmpty() {
    return room.isEmpty() && author.isEmpty() && text.isEmpty();
  }

  /** The JPQL of the matching messages, newest first, or of their count. */
  public String jpql(boolean count) {
    List<String> conditions = new ArrayList<>();
    parameters()
        .keySet()
        .forEach(
            name ->
                conditions.add(
                    switch (name) {
                      case "room" -> "m.room = :room";
                      case "author" -> "m.authorKey = :author";
                      default -> "LOWER(m.text) LIKE :text ESCAPE '!'";
                    }));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return count
        ? "SELECT COUNT(m) FROM ChatMessage m" + where
        : "SELECT m FROM ChatMessage m" + where + " ORDER BY m.id DESC";
  }

  /** The values of the JPQL's parameters, by name: only those of the fields filled in. */
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (!room.isEmpty()) {
      parameters.put("room", room);
    }
    if (!author.isEmpty()) {
      parameters.put("author", author);
    }
    if (!text.isEmpty()) {
      String escaped =
          text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
      parameters.put("text", "%" + escaped + "%");
    }
    return parameters;
  }
}
