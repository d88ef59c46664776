package dev.finchat.chat.admin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One administrator action, kept for good: who did what to whom (an account, a room, the author of
 * a message), and when. Never changed.
 */
@Entity
@Table(name = "AUDIT_LOG", indexes = @Index(name = "AUDIT_LOG_NEWEST", columnList = "ID DESC"))
@NamedQuery(name = AuditEntry.NEWEST_FIRST, query = "SELECT e FROM AuditEntry e ORDER BY e.id DESC")
@NamedQuery(name = AuditEntry.COUNT, query = "SELECT COUNT(e) FROM AuditEntry e")
public class AuditEntry {

  public static final String NEWEST_FIRST = "AuditEntry.newestFirst";
  public static final String COUNT = "AuditEntry.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // "AT" is a reserved word in Derby's SQL.
  @Column(name = "OCCURRED_AT", nullable = false)
  private Instant at;

  /** The administrator's username, or {@code setup} for the launcher's first-admin setup. */
  @Column(nullable = false, length = 30)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AdminAction action;

  /** The username of the account acted on, or the room. */
  @Column(nullable = false, length = 30)
  private String target;

  /** What exactly, where the action alone does not say: which message was deleted. */
  @Column(length = 300)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(Instant at, String actor, AdminAction action, String target) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.target = target;
  }

  public AuditEntry(Instant at, String actor, AdminAction action, String target, String detail) {
    this(at, actor, action, target);
    this.detail =
        detail == null || detail.length() <= 300 ? detail : detail.substring(0, 299) + "…";
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public AdminAction action() {
    return action;
  }

  public String target() {
    return target;
  }

  /** Null when the action and its target say it all. */
  public String detail() {
    return detail;
  }
}
