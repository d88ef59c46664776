package dev.finchat.chat.admin.control;

import java.util.Locale;

/**
 * What an administrator typed in the user search, made safe: at most {@link #MAX_LENGTH}
 * characters, matched case-insensitively anywhere in a username or display name, with {@code %} and
 * {@code _} taken literally.
 */
public record UserSearch(String text) {

  public static final int MAX_LENGTH = 60;

  public UserSearch {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH);
    }
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** The JPQL {@code LIKE} pattern, escaped with {@code !}; everything matches an empty search. */
  public String likePattern() {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
