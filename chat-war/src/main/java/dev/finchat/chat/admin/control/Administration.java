package dev.finchat.chat.admin.control;

import dev.finchat.chat.admin.entity.AdminAction;
import dev.finchat.chat.users.control.Accounts;
import dev.finchat.chat.users.control.LoginTokens;
import dev.finchat.chat.users.control.SignOuts;
import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What an administrator does to people's accounts. Each action checks {@link AdminRules}, changes
 * the account and writes its {@link AuditLog} entry in one transaction; signing a person out, on
 * every chat node ({@link SignOuts}), happens only once that transaction has committed.
 */
@ApplicationScoped
public class Administration {

  /** People per page of the user list. */
  public static final int PAGE_SIZE = 20;

  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject SignOuts signOuts;
  @Inject LoginTokens loginTokens;
  @Inject AfterCommit afterCommit;

  /** One page of the people matching a search, by username. */
  public List<Account> people(UserSearch search, Paging paging) {
    return accounts.matching(search.likePattern(), paging.first(), paging.size());
  }

  public long countPeople(UserSearch search) {
    return accounts.countMatching(search.likePattern());
  }

  /** Disables the account and signs its owner out everywhere. */
  @Transactional
  public void disable(String actor, String username) {
    Account account = allowed(AdminAction.DISABLE, actor, username);
    account.disable();
    loginTokens.revokeAll(account.username());
    audit.record(actor, AdminAction.DISABLE, account.username());
    afterCommit.run(() -> signOuts.everywhere(account.username(), SignOuts.DISABLED));
  }

  @Transactional
  public void enable(String actor, String username) {
    Account account = allowed(AdminAction.ENABLE, actor, username);
    account.enable();
    audit.record(actor, AdminAction.ENABLE, account.username());
  }

  /** Makes the person an administrator; the role comes with their next sign-in. */
  @Transactional
  public void grantAdmin(String actor, String username) {
    Account account = allowed(AdminAction.GRANT_ADMIN, actor, username);
    account.assign(Role.ADMIN);
    audit.record(actor, AdminAction.GRANT_ADMIN, account.username());
  }

  /** Takes the role away; the admin pages refuse the person from their next request on. */
  @Transactional
  public void revokeAdmin(String actor, String username) {
    Account account = allowed(AdminAction.REVOKE_ADMIN, actor, username);
    account.assign(Role.USER);
    audit.record(actor, AdminAction.REVOKE_ADMIN, account.username());
  }

  /**
   * Gives the account a temporary password, to be changed at the next sign-in, and signs its owner
   * out everywhere (whoever knew the old password is out, too).
   *
   * @return the temporary password, to be shown to the administrator once
   */
  @Transactional
  public String resetPassword(String actor, String username) {
    Account account = allowed(AdminAction.RESET_PASSWORD, actor, username);
    String temporary = TemporaryPasswords.generate();
    accounts.resetPassword(account, temporary);
    audit.record(actor, AdminAction.RESET_PASSWORD, account.username());
    afterCommit.run(() -> signOuts.everywhere(account.username(), SignOuts.PASSWORD_RESET));
    return temporary;
  }

  private Account allowed(AdminAction action, String actor, String username) {
    long enabledAdmins = accounts.lockEnabledAdmins().size();
    Account account =
        accounts
            .find(username)
            .orElseThrow(() -> new AdminRefused("There is no " + username + "."));
    AdminRules.refusal(action, actor, account, enabledAdmins)
        .ifPresent(
            problem -> {
              throw new AdminRefused(problem);
            });
    return account;
  }
}
