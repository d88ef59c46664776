package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.Accounts;
import dev.finchat.chat.users.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks sign-ins against the stored accounts; the account's role becomes its security groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Accounts accounts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return accounts
        .verify(credential.getCaller(), credential.getPasswordAsString())
        .map(account -> new CredentialValidationResult(account.username(), groups(account.role())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  /** Every person is a user; an administrator is also an admin. */
  static Set<String> groups(Role role) {
    return role == Role.ADMIN ? Set.of("user", "admin") : Set.of("user");
  }
}
