package dev.finchat.chat.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A person's (or the bots') account: who they are in the chat and how they sign in. */
@Entity
@Table(name = "ACCOUNTS")
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "SELECT a FROM Account a WHERE a.usernameKey = :key")
@NamedQuery(
    name = Account.ENABLED_ADMINS,
    query =
        "SELECT a FROM Account a WHERE a.role = dev.finchat.chat.users.entity.Role.ADMIN"
            + " AND a.enabled = TRUE")
@NamedQuery(
    name = Account.ANY_ADMIN,
    query = "SELECT a.id FROM Account a WHERE a.role = dev.finchat.chat.users.entity.Role.ADMIN")
@NamedQuery(
    name = Account.MATCHING,
    query =
        "SELECT a FROM Account a WHERE a.role <> dev.finchat.chat.users.entity.Role.BOT"
            + " AND (a.usernameKey LIKE :pattern ESCAPE '!'"
            + " OR LOWER(a.displayName) LIKE :pattern ESCAPE '!') ORDER BY a.usernameKey")
@NamedQuery(
    name = Account.COUNT_MATCHING,
    query =
        "SELECT COUNT(a) FROM Account a WHERE a.role <> dev.finchat.chat.users.entity.Role.BOT"
            + " AND (a.usernameKey LIKE :pattern ESCAPE '!'"
            + " OR LOWER(a.displayName) LIKE :pattern ESCAPE '!')")
@NamedQuery(
    name = Account.SIGNED_OUT_AMONG,
    query =
        "SELECT a.usernameKey, a.enabled, a.mustChangePassword FROM Account a"
            + " WHERE a.usernameKey IN :keys AND (a.enabled = FALSE OR a.mustChangePassword = TRUE)")
@NamedQuery(
    name = Account.DISPLAY_NAMES,
    query = "SELECT a.username, a.displayName FROM Account a WHERE a.usernameKey IN :keys")
public class Account {

  public static final String BY_USERNAME = "Account.byUsername";
  public static final String DISPLAY_NAMES = "Account.displayNames";
  public static final String ENABLED_ADMINS = "Account.enabledAdmins";
  public static final String ANY_ADMIN = "Account.anyAdmin";
  public static final String MATCHING = "Account.matching";
  public static final String COUNT_MATCHING = "Account.countMatching";
  public static final String SIGNED_OUT_AMONG = "Account.signedOutAmong";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 30)
  private String username;

  /** The username in lower case: usernames are unique ignoring case. */
  @Column(name = "USERNAME_KEY", nullable = false, length = 30, unique = true)
  private String usernameKey;

  @Column(name = "DISPLAY_NAME", nullable = false, length = 60)
  private String displayName;

  @Column(length = 1000)
  private String about;

  @Column(name = "PASSWORD_HASH", nullable = false, length = 400)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Role role;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  /**
   * Set when an administrator resets the password: the next sign-in must choose a new one. A
   * wrapper, because rows from before this column read it as null.
   */
  @Column(name = "MUST_CHANGE_PASSWORD")
  private Boolean mustChangePassword;

  @Version private long version;

  protected Account() {}

  public Account(String username, String displayName, String passwordHash, Role role, Instant now) {
    this.username = username;
    this.usernameKey = key(username);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.enabled = true;
    this.createdAt = now;
  }

  public static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }

  /** Bots never sign in, and a disabled account cannot. */
  public boolean canSignIn() {
    return enabled && role != Role.BOT;
  }

  public void describe(String displayName, String about) {
    this.displayName = displayName;
    this.about = about;
  }

  /** The owner's own choice of password: any pending reset is done with. */
  public void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
    this.mustChangePassword = false;
  }

  /** An administrator's reset: a temporary password that must be changed at the next sign-in. */
  public void resetPassword(String temporaryPasswordHash) {
    this.passwordHash = temporaryPasswordHash;
    this.mustChangePassword = true;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  /** Makes a person an administrator ({@code ADMIN}) or a plain user again ({@code USER}). */
  public void assign(Role role) {
    if (this.role == Role.BOT || role == Role.BOT) {
      throw new IllegalArgumentException("the bots' account keeps its role");
    }
    this.role = role;
  }

  public boolean mustChangePassword() {
    return Boolean.TRUE.equals(mustChangePassword);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String about() {
    return about == null ? "" : about;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
