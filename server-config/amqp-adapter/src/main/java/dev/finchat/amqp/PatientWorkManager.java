package dev.finchat.amqp;

import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;

/**
 * A work manager that turns a start timeout of {@link WorkManager#IMMEDIATE} into {@link
 * WorkManager#INDEFINITE}: "start now or fail" makes Payara reject work whenever no thread is idle
 * at that very instant, and the adapter then drops the session.
 */
final class PatientWorkManager implements WorkManager {

  private final WorkManager delegate;

  PatientWorkManager(WorkManager delegate) {
    this.delegate = delegate;
  }

  static long patient(long startTimeout) {
    return startTimeout == IMMEDIATE ? INDEFINITE : startTimeout;
  }

  @Override
  public void doWork(Work work) throws WorkException {
    delegate.doWork(work);
  }

  @Override
  public void doWork(Work work, long startTimeout, ExecutionContext context, WorkListener listener)
      throws WorkException {
    delegate.doWork(work, patient(startTimeout), context, listener);
  }

  @Override
  public long startWork(Work work) throws WorkException {
    return delegate.startWork(work);
  }

  @Override
  public long startWork(
      Work work, long startTimeout, ExecutionContext context, WorkListener listener)
      throws WorkException {
    return delegate.startWork(work, patient(startTimeout), context, listener);
  }

  @Override
  public void scheduleWork(Work work) throws WorkException {
    delegate.scheduleWork(work);
  }

  @Override
  public void scheduleWork(
      Work work, long startTimeout, ExecutionContext context, WorkListener listener)
      throws WorkException {
    delegate.scheduleWork(work, patient(startTimeout), context, listener);
  }
}
