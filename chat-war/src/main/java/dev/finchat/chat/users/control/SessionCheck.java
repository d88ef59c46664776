package dev.finchat.chat.users.control;

import dev.finchat.chat.users.entity.Account;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * When a signed-in session asks the database again whether its person may still be signed in, and
 * what the answer means. It is the safety net under {@link SignOuts}' notice: should the broker
 * lose it, no chat node serves a disabled or reset account for longer than {@link #INTERVAL}.
 */
public final class SessionCheck {

  /** How long a session goes on on what it knows; a database read per request would be too many. */
  public static final Duration INTERVAL = Duration.ofSeconds(30);

  private SessionCheck() {}

  /** Whether a session last checked at {@code checked} asks again at {@code now}. */
  public static boolean due(Instant checked, Instant now) {
    // A clock set back must not put the next check off by as much.
    return !now.isBefore(checked.plus(INTERVAL)) || now.isBefore(checked);
  }

  /**
   * What a session keeps of the password it signed in with: enough to tell that an administrator
   * has reset it since, nothing to guess it from.
   */
  public static String mark(Account account) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(account.passwordHash().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Why the session of a person who signed in with the password {@code mark} ends, given their
   * account as the database holds it now (empty: there is none); empty while it may go on.
   *
   * <p>A reset is told from the owner's own change of password by the change it leaves pending: a
   * person who chose a new password stays signed in where they are, as on a single node, and only
   * their sign-in cookies end.
   */
  public static Optional<String> signOutReason(Optional<Account> account, String mark) {
    if (account.isEmpty() || !account.get().canSignIn()) {
      return Optional.of(SignOuts.DISABLED);
    }
    if (account.get().mustChangePassword() && !mark(account.get()).equals(mark)) {
      return Optional.of(SignOuts.PASSWORD_RESET);
    }
    return Optional.empty();
  }

  /**
   * Why a person's open chat pages close, given their account as the database holds it now; empty
   * while they stay open. A page with a reset pending was opened before the reset: with a temporary
   * password no page opens.
   */
  public static Optional<String> openPageReason(boolean enabled, boolean mustChangePassword) {
    if (!enabled) {
      return Optional.of(SignOuts.DISABLED);
    }
    return mustChangePassword ? Optional.of(SignOuts.PASSWORD_RESET) : Optional.empty();
  }
}
