package dev.finchat.chat.admin.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs what must follow a change only once the change is stored: signing a person out, using up the
 * setup secret. Should the commit fail, nothing happened, and the action does not run.
 */
@ApplicationScoped
public class AfterCommit {

  @Resource TransactionSynchronizationRegistry transactions;

  /** Runs {@code action} after the current transaction commits; never if it rolls back. */
  public void run(Runnable action) {
    run(action, () -> {});
  }

  /** Runs {@code committed} or {@code rolledBack}, whichever the current transaction ends in. */
  public void run(Runnable committed, Runnable rolledBack) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              committed.run();
            } else {
              rolledBack.run();
            }
          }
        });
  }
}
