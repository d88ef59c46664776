package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.LoginTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import java.util.Set;

/**
 * The login tokens behind the sign-in cookie, kept in the database that every chat node shares. The
 * groups come from the account as it is now, not as it was at sign-in.
 */
@ApplicationScoped
public class AccountRememberMeStore implements RememberMeIdentityStore {

  @Inject LoginTokens tokens;

  @Override
  public CredentialValidationResult validate(RememberMeCredential credential) {
    return tokens
        .signedInBy(credential.getToken())
        .map(
            account ->
                new CredentialValidationResult(
                    account.username(), AccountIdentityStore.groups(account.role())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public String generateLoginToken(CallerPrincipal caller, Set<String> groups) {
    return tokens.issue(caller.getName());
  }

  @Override
  public void removeLoginToken(String token) {
    tokens.revoke(token);
  }
}
