package dev.finchat.amqp;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.work.WorkManager;
import org.jboss.resource.adapter.jms.JmsResourceAdapter;

/**
 * The JBoss Generic JMS resource adapter, made to run on Payara: it schedules its session work with
 * a start timeout of {@link WorkManager#IMMEDIATE}, which Payara enforces literally and rejects
 * under any load. {@link PatientWorkManager} waits for a thread instead.
 */
public class AmqpResourceAdapter extends JmsResourceAdapter {

  private volatile WorkManager workManager;

  @Override
  public void start(BootstrapContext context) throws ResourceAdapterInternalException {
    super.start(context);
    workManager = new PatientWorkManager(context.getWorkManager());
  }

  @Override
  public WorkManager getWorkManager() {
    return workManager;
  }

  // The adapter keeps activations per instance; identity equality is what the container expects.
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
