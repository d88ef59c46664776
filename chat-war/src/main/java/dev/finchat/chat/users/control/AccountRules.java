package dev.finchat.chat.users.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a username, a password and a display name may be, and what to tell someone whose is not. */
public final class AccountRules {

  public static final int USERNAME_MIN = 3;
  public static final int USERNAME_MAX = 30;
  public static final int PASSWORD_MIN = 8;
  public static final int PASSWORD_MAX = 128;
  public static final int DISPLAY_NAME_MAX = 60;
  public static final int ABOUT_MAX = 1000;

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Set<String> COMMON_PASSWORDS = load("common-passwords.txt");

  private AccountRules() {}

  public static Optional<String> usernameProblem(String username) {
    if (username == null || username.isBlank()) {
      return Optional.of("Choose a username.");
    }
    if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
      return Optional.of("A username has " + USERNAME_MIN + " to " + USERNAME_MAX + " characters.");
    }
    if (!USERNAME.matcher(username).matches()) {
      return Optional.of("Use only letters, digits, '_', '-' and '.' in a username.");
    }
    return Optional.empty();
  }

  public static Optional<String> passwordProblem(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Choose a password.");
    }
    if (password.length() < PASSWORD_MIN) {
      return Optional.of("A password needs at least " + PASSWORD_MIN + " characters.");
    }
    if (password.length() > PASSWORD_MAX) {
      return Optional.of("A password has at most " + PASSWORD_MAX + " characters.");
    }
    if (COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of("That password is too common: it would be guessed. Choose another.");
    }
    return Optional.empty();
  }

  public static Optional<String> displayNameProblem(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return Optional.of("Choose a display name.");
    }
    if (displayName.strip().length() > DISPLAY_NAME_MAX) {
      return Optional.of("A display name has at most " + DISPLAY_NAME_MAX + " characters.");
    }
    return Optional.empty();
  }

  public static Optional<String> aboutProblem(String about) {
    return about != null && about.length() > ABOUT_MAX
        ? Optional.of("The about text has at most " + ABOUT_MAX + " characters.")
        : Optional.empty();
  }

  private static Set<String> load(String resource) {
    var stream = AccountRules.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("missing " + resource);
    }
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
