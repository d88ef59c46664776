package dev.finchat.chat.admin.control;

import java.security.SecureRandom;

/**
 * Passwords an administrator hands to a person once (after a reset, or for the first
 * administrator): random, easy to read aloud and type (no 0/O, 1/l/I), long enough that guessing is
 * hopeless.
 */
public final class TemporaryPasswords {

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int GROUPS = 4;
  private static final int GROUP_LENGTH = 4;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  /** Four groups of four, such as {@code 7kQm-Xr2p-Hn9d-Wc4t} (about 92 bits). */
  public static String generate() {
    StringBuilder password = new StringBuilder();
    for (int group = 0; group < GROUPS; group++) {
      if (group > 0) {
        password.append('-');
      }
      for (int i = 0; i < GROUP_LENGTH; i++) {
        password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
    }
    return password.toString();
  }
}
