package dev.finchat.chat.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A browser's proof that its person signed in: the cookie that signs them in again when the node
 * that held their session restarted or another node serves them. Only the token's SHA-256 is
 * stored, so the table alone signs nobody in.
 */
@Entity
@Table(
    name = "LOGIN_TOKENS",
    indexes = @Index(name = "IX_LOGIN_TOKENS_USER", columnList = "USERNAME_KEY"))
@NamedQuery(
    name = LoginToken.OF_USER,
    query = "DELETE FROM LoginToken t WHERE t.usernameKey = :key")
@NamedQuery(name = LoginToken.EXPIRED, query = "DELETE FROM LoginToken t WHERE t.expiresAt < :now")
public class LoginToken {

  public static final String OF_USER = "LoginToken.ofUser";
  public static final String EXPIRED = "LoginToken.expired";

  /** How long a sign-in lasts at most without the password (the cookie ends with the browser). */
  public static final Duration LIFETIME = Duration.ofDays(7);

  @Id
  @Column(name = "TOKEN_HASH", length = 64)
  private String tokenHash;

  @Column(name = "USERNAME_KEY", nullable = false, length = 30)
  private String usernameKey;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "EXPIRES_AT", nullable = false)
  private Instant expiresAt;

  protected LoginToken() {}

  public LoginToken(String tokenHash, String username, Instant now) {
    this.tokenHash = tokenHash;
    this.usernameKey = Account.key(username);
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  public String usernameKey() {
    return usernameKey;
  }

  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
