package dev.finchat.chat.users.control;

import dev.finchat.chat.infrastructure.Database;
import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.LoginToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The tokens that keep a browser signed in across chat nodes and their restarts: issued at sign-in,
 * checked when a request comes without a session, revoked at sign-out and whenever the password
 * changes or an administrator signs the person out.
 */
@ApplicationScoped
public class LoginTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "finchat")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** A new token for {@code username}: 256 random bits, URL- and cookie-safe. */
  @Transactional
  public String issue(String username) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    em.createNamedQuery(LoginToken.EXPIRED).setParameter("now", clock.instant()).executeUpdate();
    em.persist(new LoginToken(hash(token), username, clock.instant()));
    return token;
  }

  /**
   * Whose sign-in {@code token} proves, if it still does: not expired, and its account may sign in
   * without a pending password change (a reset password is never bypassed).
   */
  @Transactional
  public Optional<Account> signedInBy(String token) {
    LoginToken found = find(token);
    if (found == null || !found.isValidAt(clock.instant())) {
      return Optional.empty();
    }
    var query =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("key", found.usernameKey());
    // Fresh: another chat node may have disabled the account or reset its password.
    Database.FRESH.forEach(query::setHint);
    return query
        .getResultStream()
        .findFirst()
        .filter(account -> account.canSignIn() && !account.mustChangePassword());
  }

  @Transactional
  public void revoke(String token) {
    LoginToken found = find(token);
    if (found != null) {
      em.remove(found);
    }
  }

  /**
   * The stored token, or null; a cookie of no plausible size is not looked up. Read from the
   * database, never this node's cache: another chat node may have revoked it.
   */
  private LoginToken find(String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return null;
    }
    return em.find(LoginToken.class, hash(token), Database.FRESH);
  }

  /** Ends every remembered sign-in of the person: each browser must give the password again. */
  @Transactional
  public void revokeAll(String username) {
    em.createNamedQuery(LoginToken.OF_USER)
        .setParameter("key", Account.key(username))
        .executeUpdate();
  }

  /** What is stored of a token: its SHA-256, in hex. */
  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
