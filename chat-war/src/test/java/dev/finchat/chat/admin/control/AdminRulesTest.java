package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.admin.entity.AdminAction;
import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminRulesTest {

  private static Account account(String username, Role role) {
    return new Account(username, username, "hash", role, Instant.EPOCH);
  }

  private static Account disabled(String username, Role role) {
    var account = account(username, role);
    account.disable();
    return account;
  }

  @Test
  void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() {
    var last = account("root", Role.ADMIN);

    var disable = AdminRules.refusal(AdminAction.DISABLE, "other", last, 1);
    var revoke = AdminRules.refusal(AdminAction.REVOKE_ADMIN, "root", last, 1);

    assertTrue(disable.orElseThrow().contains("root is the last administrator"), disable.get());
    assertTrue(revoke.orElseThrow().contains("root is the last administrator"), revoke.get());
  }

  @Test
  void withAnotherEnabledAdministratorTheRoleCanBeRevokedAndTheAccountDisabled() {
    var ann = account("ann", Role.ADMIN);

    assertEquals(Optional.empty(), AdminRules.refusal(AdminAction.REVOKE_ADMIN, "bob", ann, 2));
    assertEquals(Optional.empty(), AdminRules.refusal(AdminAction.DISABLE, "bob", ann, 2));
    assertEquals(
        Optional.empty(),
        AdminRules.refusal(AdminAction.REVOKE_ADMIN, "ann", ann, 2),
        "an administrator may step down while another remains");
  }

  @Test
  void aDisabledAdministratorDoesNotCountAsTheLastOne() {
    var dormant = disabled("dormant", Role.ADMIN);

    assertEquals(
        Optional.empty(), AdminRules.refusal(AdminAction.REVOKE_ADMIN, "root", dormant, 1));
  }

  @Test
  void administratorsCannotDisableThemselvesNorResetTheirOwnPassword() {
    var root = account("Root", Role.ADMIN);

    assertEquals(
        Optional.of("You cannot disable your own account."),
        AdminRules.refusal(AdminAction.DISABLE, "root", root, 3));
    assertTrue(AdminRules.refusal(AdminAction.RESET_PASSWORD, "root", root, 3).isPresent());
  }

  @Test
  void usersCanBeDisabledEnabledPromotedAndReset() {
    var bob = account("bob", Role.USER);
    for (AdminAction action :
        new AdminAction[] {
          AdminAction.DISABLE, AdminAction.GRANT_ADMIN, AdminAction.RESET_PASSWORD
        }) {
      assertEquals(Optional.empty(), AdminRules.refusal(action, "root", bob, 1), action.name());
    }
    assertEquals(
        Optional.empty(),
        AdminRules.refusal(AdminAction.ENABLE, "root", disabled("bob", Role.USER), 1));
  }

  @Test
  void whatIsDoneAlreadyIsSaidSo() {
    assertEquals(
        Optional.of("bob is disabled already."),
        AdminRules.refusal(AdminAction.DISABLE, "root", disabled("bob", Role.USER), 1));
    assertEquals(
        Optional.of("bob is enabled already."),
        AdminRules.refusal(AdminAction.ENABLE, "root", account("bob", Role.USER), 1));
    assertEquals(
        Optional.of("ann is an administrator already."),
        AdminRules.refusal(AdminAction.GRANT_ADMIN, "root", account("ann", Role.ADMIN), 2));
    assertEquals(
        Optional.of("bob is not an administrator."),
        AdminRules.refusal(AdminAction.REVOKE_ADMIN, "root", account("bob", Role.USER), 1));
  }

  @Test
  void aDisabledAccountIsEnabledBeforeItBecomesAdministrator() {
    assertEquals(
        Optional.of("bob is disabled: enable the account first."),
        AdminRules.refusal(AdminAction.GRANT_ADMIN, "root", disabled("bob", Role.USER), 1));
  }

  @Test
  void theBotsAccountIsNeverChanged() {
    var bots = account("finchat-bots", Role.BOT);
    for (AdminAction action : AdminAction.values()) {
      assertTrue(AdminRules.refusal(action, "root", bots, 1).isPresent(), action.name());
    }
  }
}
