package dev.finchat.chat.admin.control;

import dev.finchat.chat.admin.entity.AdminAction;
import dev.finchat.chat.admin.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The record of every administrator action. An entry is written in the same transaction as the
 * change it records: no change without its entry, no entry for a change that was rolled back.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "finchat")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, AdminAction action, String target) {
    record(actor, action, target, null);
  }

  /** An entry with what exactly was done, e.g. which message was deleted. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, AdminAction action, String target, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor, action, target, detail));
  }

  public long count() {
    return em.createNamedQuery(AuditEntry.COUNT, Long.class).getSingleResult();
  }

  /** The entries of one page, newest first. */
  public List<AuditEntry> page(Paging paging) {
    return em.createNamedQuery(AuditEntry.NEWEST_FIRST, AuditEntry.class)
        .setFirstResult(paging.first())
        .setMaxResults(paging.size())
        .getResultList();
  }
}
