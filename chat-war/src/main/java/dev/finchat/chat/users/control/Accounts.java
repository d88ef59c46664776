package dev.finchat.chat.users.control;

import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The accounts of finchat: creating them, finding them, checking their passwords. */
@ApplicationScoped
public class Accounts {

  /** The account the bots speak as. */
  public static final String BOTS_USERNAME = "finchat-bots";

  @PersistenceContext(unitName = "finchat")
  EntityManager em;

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "finchat.password.iterations", defaultValue = "600000")
  int iterations;

  Clock clock = Clock.systemUTC();

  @PostConstruct
  void configureHashing() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  /** Creates a person's account; refuses, with every problem by field, what breaks a rule. */
  @Transactional
  public Account create(String username, String password, String confirmation, String displayName) {
    Map<String, String> problems = new LinkedHashMap<>();
    AccountRules.usernameProblem(username).ifPresent(p -> problems.put("username", p));
    if (!problems.containsKey("username") && find(username).isPresent()) {
      problems.put("username", "That username is taken. Choose another.");
    }
    AccountRules.passwordProblem(password).ifPresent(p -> problems.put("password", p));
    if (!problems.containsKey("password") && !password.equals(confirmation)) {
      problems.put("confirmation", "The two passwords differ.");
    }
    AccountRules.displayNameProblem(displayName).ifPresent(p -> problems.put("displayName", p));
    if (!problems.isEmpty()) {
      throw new AccountRefused(problems);
    }
    var account =
        new Account(
            username,
            displayName.strip(),
            hash.generate(password.toCharArray()),
            Role.USER,
            clock.instant());
    em.persist(account);
    return account;
  }

  /**
   * Changes the display name and about text, and the password when a new one is given — which takes
   * the current one.
   */
  @Transactional
  public void updateProfile(
      String username,
      String displayName,
      String about,
      String currentPassword,
      String newPassword) {
    var account = find(username).orElseThrow(() -> new IllegalArgumentException("no " + username));
    Map<String, String> problems = new LinkedHashMap<>();
    AccountRules.displayNameProblem(displayName).ifPresent(p -> problems.put("displayName", p));
    AccountRules.aboutProblem(about).ifPresent(p -> problems.put("about", p));
    boolean changesPassword = newPassword != null && !newPassword.isEmpty();
    if (changesPassword) {
      if (currentPassword == null
          || !hash.verify(currentPassword.toCharArray(), account.passwordHash())) {
        problems.put("currentPassword", "That is not your current password.");
      }
      AccountRules.passwordProblem(newPassword).ifPresent(p -> problems.put("newPassword", p));
    }
    if (!problems.isEmpty()) {
      throw new AccountRefused(problems);
    }
    account.describe(displayName.strip(), about == null ? "" : about.strip());
    if (changesPassword) {
      account.changePassword(hash.generate(newPassword.toCharArray()));
    }
  }

  /** The account that may sign in with these credentials. */
  public Optional<Account> verify(String username, String password) {
    if (username == null
        || password == null
        || AccountRules.usernameProblem(username).isPresent()) {
      return Optional.empty();
    }
    return find(username)
        .filter(Account::canSignIn)
        .filter(account -> hash.verify(password.toCharArray(), account.passwordHash()));
  }

  public Optional<Account> find(String username) {
    if (username == null || username.length() > AccountRules.USERNAME_MAX) {
      return Optional.empty();
    }
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("key", Account.key(username))
        .getResultStream()
        .findFirst();
  }

  /** Creates the account the bots speak as, once: it has no usable password and cannot sign in. */
  @Transactional
  public void ensureBotAccount(String username, String displayName) {
    if (find(username).isEmpty()) {
      em.persist(new Account(username, displayName, "!", Role.BOT, clock.instant()));
    }
  }
}
