package dev.finchat.chat.users.control;

import dev.finchat.chat.infrastructure.Database;
import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The accounts of finchat: creating them, finding them, checking their passwords. */
@ApplicationScoped
public class Accounts {

  /** The seed's account for the bots, which never signs in. */
  public static final String BOTS_USERNAME = "finchat-bots";

  /** How many display names one call of {@link #displayNames} looks up. */
  public static final int DISPLAY_NAMES_MAX = 100;

  @PersistenceContext(unitName = "finchat")
  EntityManager em;

  @Inject Pbkdf2PasswordHash hash;
  @Inject LoginTokens loginTokens;

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
      // Whoever knew the old password is signed out of every other browser, too.
      loginTokens.revokeAll(account.username());
    }
  }

  /**
   * The owner's new password, chosen on the change-password page (after a reset, it replaces the
   * temporary one): takes the current one, twice the new one, and a new one that differs.
   */
  @Transactional
  public void changeOwnPassword(
      String username, String currentPassword, String newPassword, String confirmation) {
    var account = find(username).orElseThrow(() -> new IllegalArgumentException("no " + username));
    Map<String, String> problems = new LinkedHashMap<>();
    if (currentPassword == null
        || !hash.verify(currentPassword.toCharArray(), account.passwordHash())) {
      problems.put("currentPassword", "That is not your current password.");
    }
    AccountRules.passwordProblem(newPassword).ifPresent(p -> problems.put("newPassword", p));
    if (!problems.containsKey("newPassword")) {
      if (newPassword.equals(currentPassword)) {
        problems.put("newPassword", "Choose a password other than the current one.");
      } else if (!newPassword.equals(confirmation)) {
        problems.put("confirmation", "The two passwords differ.");
      }
    }
    if (!problems.isEmpty()) {
      throw new AccountRefused(problems);
    }
    account.changePassword(hash.generate(newPassword.toCharArray()));
    // Whoever knew the old password is signed out of every other browser, too.
    loginTokens.revokeAll(account.username());
  }

  /** Gives the account a temporary password that its owner must change at the next sign-in. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void resetPassword(Account account, String temporaryPassword) {
    account.resetPassword(hash.generate(temporaryPassword.toCharArray()));
    loginTokens.revokeAll(account.username());
  }

  /**
   * Creates an administrator with a temporary password (the launcher's first-admin setup); the
   * username must be valid and free.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Account createAdministrator(String username, String temporaryPassword) {
    var account = new Account(username, username, "!", Role.ADMIN, clock.instant());
    // Temporary, as after a reset: the first sign-in must replace it.
    account.resetPassword(hash.generate(temporaryPassword.toCharArray()));
    em.persist(account);
    return account;
  }

  /**
   * Why these credentials do not sign in, in plain words: a disabled account is told so (only to
   * whoever knows its password), anything else is a wrong username or password.
   */
  public String signInRefusal(String username, String password) {
    boolean disabledOwner =
        username != null
            && password != null
            && find(username)
                .filter(account -> !account.enabled() && account.role() != Role.BOT)
                .filter(account -> hash.verify(password.toCharArray(), account.passwordHash()))
                .isPresent();
    return disabledOwner
        ? "Your account is disabled. Ask an administrator if you think this is a mistake."
        : "Wrong username or password.";
  }

  /**
   * The administrators who can sign in, locked until the transaction ends: two administrators
   * revoking each other at once must not leave finchat with none.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Account> lockEnabledAdmins() {
    return em.createNamedQuery(Account.ENABLED_ADMINS, Account.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public boolean anyAdmin() {
    return !em.createNamedQuery(Account.ANY_ADMIN, Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** People (not the bots) whose username or display name matches a {@code LIKE} pattern. */
  public List<Account> matching(String likePattern, int first, int max) {
    return em.createNamedQuery(Account.MATCHING, Account.class)
        .setParameter("pattern", likePattern)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countMatching(String likePattern) {
    return em.createNamedQuery(Account.COUNT_MATCHING, Long.class)
        .setParameter("pattern", likePattern)
        .getSingleResult();
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

  /** An account to show, never to change (read only: see {@link Database#READ_ONLY}). */
  public Optional<Account> show(String username) {
    return byUsername(username, true);
  }

  /**
   * The account as the database holds it now, to check or to change: read past this node's cache,
   * which another chat node's change (a disable, a reset) does not reach (see {@link
   * Database#FRESH}).
   */
  public Optional<Account> find(String username) {
    return byUsername(username, false);
  }

  private Optional<Account> byUsername(String username, boolean readOnly) {
    if (username == null || username.length() > AccountRules.USERNAME_MAX) {
      return Optional.empty();
    }
    var query =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("key", Account.key(username));
    if (readOnly) {
      query.setHint(Database.READ_ONLY, true);
    } else {
      Database.FRESH.forEach(query::setHint);
    }
    return query.getResultStream().findFirst();
  }

  /**
   * Of these people (by username), those whose chat pages must close, with why: their account is
   * disabled, or its password was reset (a page opened with a temporary password is refused, so a
   * pending change came after it). Read as columns, never from this node's cache.
   */
  public Map<String, String> signedOutAmong(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Map.of();
    }
    Map<String, String> signedOut = new HashMap<>();
    em.createNamedQuery(Account.SIGNED_OUT_AMONG, Object[].class)
        .setParameter("keys", usernames.stream().map(Account::key).toList())
        .getResultList()
        .forEach(
            row ->
                SessionCheck.openPageReason(isTrue(row[1]), isTrue(row[2]))
                    .ifPresent(why -> signedOut.put((String) row[0], why)));
    return signedOut;
  }

  /**
   * The display names of these people, by username as they post (a name that belongs to no account
   * is left out); at most {@link #DISPLAY_NAMES_MAX} at once, more are refused.
   */
  public Map<String, String> displayNames(Collection<String> usernames) {
    if (usernames.size() > DISPLAY_NAMES_MAX) {
      throw new IllegalArgumentException(
          "At most " + DISPLAY_NAMES_MAX + " names at once, not " + usernames.size() + ".");
    }
    var keys =
        usernames.stream()
            .filter(name -> name != null && name.length() <= AccountRules.USERNAME_MAX)
            .map(Account::key)
            .distinct()
            .toList();
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = new TreeMap<>();
    em.createNamedQuery(Account.DISPLAY_NAMES, Object[].class)
        .setParameter("keys", keys)
        .getResultList()
        .forEach(row -> names.put((String) row[0], (String) row[1]));
    return names;
  }

  /** A boolean column read as a value: Derby keeps booleans as numbers. */
  private static boolean isTrue(Object column) {
    return column instanceof Number number ? number.intValue() != 0 : Boolean.TRUE.equals(column);
  }

  /** Creates the bots' account, once: it has no usable password and cannot sign in. */
  @Transactional
  public void ensureBotAccount(String username, String displayName) {
    if (find(username).isEmpty()) {
      em.persist(new Account(username, displayName, "!", Role.BOT, clock.instant()));
    }
  }
}
