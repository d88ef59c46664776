package dev.finchat.chat.admin.control;

import dev.finchat.chat.admin.entity.AdminAction;
import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import java.util.Optional;

/**
 * Which administrator actions are allowed on which account, and what to tell the administrator when
 * one is not. The rule that matters most: finchat never loses its last enabled administrator, or
 * nobody could run it any more without the launcher.
 */
public final class AdminRules {

  private AdminRules() {}

  /**
   * Why {@code actor} may not do {@code action} to {@code target} while {@code enabledAdmins}
   * administrators can sign in; empty when it may.
   */
  public static Optional<String> refusal(
      AdminAction action, String actor, Account target, long enabledAdmins) {
    String name = target.username();
    if (target.role() == Role.BOT) {
      return Optional.of("The bots' account is not a person's: it cannot be changed.");
    }
    boolean self = target.username().equalsIgnoreCase(actor);
    boolean lastAdmin = target.role() == Role.ADMIN && target.enabled() && enabledAdmins <= 1;
    return switch (action) {
      case DISABLE -> {
        if (!target.enabled()) {
          yield Optional.of(name + " is disabled already.");
        }
        if (self) {
          yield Optional.of("You cannot disable your own account.");
        }
        if (lastAdmin) {
          yield Optional.of(lastAdminProblem(name));
        }
        yield Optional.empty();
      }
      case ENABLE ->
          target.enabled() ? Optional.of(name + " is enabled already.") : Optional.empty();
      case GRANT_ADMIN -> {
        if (target.role() == Role.ADMIN) {
          yield Optional.of(name + " is an administrator already.");
        }
        if (!target.enabled()) {
          yield Optional.of(name + " is disabled: enable the account first.");
        }
        yield Optional.empty();
      }
      case REVOKE_ADMIN -> {
        if (target.role() != Role.ADMIN) {
          yield Optional.of(name + " is not an administrator.");
        }
        if (lastAdmin) {
          yield Optional.of(lastAdminProblem(name));
        }
        yield Optional.empty();
      }
      case RESET_PASSWORD ->
          self
              ? Optional.of("Change your own password on your profile page instead.")
              : Optional.empty();
      case FIRST_ADMIN ->
          target.enabled()
              ? Optional.empty()
              : Optional.of(name + " is disabled: choose another account.");
      case DELETE_MESSAGE, ARCHIVE_ROOM, REOPEN_ROOM ->
          throw new IllegalArgumentException(action + " is not done to accounts");
    };
  }

  private static String lastAdminProblem(String name) {
    return name
        + " is the last administrator: make someone else an administrator first, so that finchat"
        + " keeps one.";
  }
}
