package dev.finchat.chat.users.control;

import java.util.Map;

/** An account change that breaks a rule: what is wrong, by form field, in plain words. */
public class AccountRefused extends RuntimeException {

  private final Map<String, String> problems;

  public AccountRefused(Map<String, String> problems) {
    super(String.join(" ", problems.values()), null, false, false);
    this.problems = Map.copyOf(problems);
  }

  /**
   * Field name (username, password, confirmation, displayName, about, currentPassword) → problem.
   */
  public Map<String, String> problems() {
    return problems;
  }
}
