package dev.finchat.chat.admin.control;

import dev.finchat.chat.admin.entity.AdminAction;
import dev.finchat.chat.users.control.AccountRules;
import dev.finchat.chat.users.control.Accounts;
import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator, made by the person who runs finchat: while no administrator exists, the
 * node writes a one-time secret into a file only that person can read ({@code
 * finchat.admin.setup-file}; the launcher puts it in its run directory), and {@code ./finchat admin
 * create <username>} hands it back. The database belongs to the running node (Derby embedded), so
 * the launcher asks the node rather than writing the database itself.
 */
@ApplicationScoped
public class FirstAdminSetup {

  /** Who the audit log names as the actor of the first-admin setup. */
  public static final String ACTOR = "setup";

  private static final Logger LOG = Logger.getLogger(FirstAdminSetup.class.getName());

  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject AfterCommit afterCommit;

  @Inject
  @ConfigProperty(name = "finchat.admin.setup-file")
  String setupFile;

  private volatile String secret;

  /** At start: a fresh secret while no administrator exists, no secret file once one does. */
  public synchronized void prepare() {
    Path file = Path.of(setupFile);
    try {
      if (accounts.anyAdmin()) {
        secret = null;
        Files.deleteIfExists(file);
        return;
      }
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      writeOwnerOnly(file, fresh);
      secret = fresh;
      LOG.warning(
          "finchat has no administrator yet. Create the first one with: ./finchat admin create"
              + " <username> (it reads the one-time setup secret from "
              + file.toAbsolutePath()
              + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the setup secret to " + file, e);
    }
  }

  /**
   * Makes {@code username} the first administrator, once, for whoever holds the secret: promotes
   * that account, or creates it with a temporary password to change at the first sign-in.
   *
   * @return what was done, in words for the launcher to print
   */
  @Transactional
  public synchronized String createFirstAdmin(String offeredSecret, String username) {
    if (secret == null || accounts.anyAdmin()) {
      throw new AdminRefused(
          "An administrator exists already: an administrator grants the role on /admin/users/.");
    }
    if (offeredSecret == null || !sameSecret(secret, offeredSecret)) {
      throw new AdminRefused("Wrong setup secret.");
    }
    var problem = AccountRules.usernameProblem(username);
    if (problem.isPresent()) {
      throw new AdminRefused(problem.get());
    }
    var existing = accounts.find(username);
    String said;
    if (existing.isPresent()) {
      Account account = existing.get();
      AdminRules.refusal(AdminAction.FIRST_ADMIN, ACTOR, account, 0)
          .ifPresent(
              refusal -> {
                throw new AdminRefused(refusal);
              });
      account.assign(Role.ADMIN);
      said =
          account.username()
              + " is now an administrator: sign in again as "
              + account.username()
              + " and open /admin/.";
      username = account.username();
    } else {
      String temporary = TemporaryPasswords.generate();
      accounts.createAdministrator(username, temporary);
      said =
          "Created the administrator "
              + username
              + " with the temporary password "
              + temporary
              + " : sign in at /login/ and choose your own password.";
    }
    audit.record(ACTOR, AdminAction.FIRST_ADMIN, username);
    // Claimed now, so that a second caller is refused while this one commits; back if it fails.
    String claimed = secret;
    secret = null;
    afterCommit.run(this::deleteSecretFile, () -> restore(claimed));
    return said;
  }

  private synchronized void restore(String claimed) {
    secret = claimed;
  }

  private void deleteSecretFile() {
    try {
      Files.deleteIfExists(Path.of(setupFile));
    } catch (IOException e) {
      LOG.warning("Could not delete the used setup secret " + setupFile + ": " + e.getMessage());
    }
  }

  /**
   * Compares in constant time: the answer's timing must not reveal how much of a guess is right.
   */
  static boolean sameSecret(String expected, String offered) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        offered.strip().getBytes(StandardCharsets.UTF_8));
  }

  private static void writeOwnerOnly(Path file, String content) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
  }
}
