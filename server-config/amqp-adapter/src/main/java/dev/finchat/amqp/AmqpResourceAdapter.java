package dev.finchat.amqp;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resource.adapter.jms.JmsResourceAdapter;
import org.jboss.resource.adapter.jms.inflow.JmsActivation;
import org.jboss.resource.adapter.jms.inflow.JmsActivationSpec;

/**
 * The JBoss Generic JMS resource adapter, made to run on Payara and to survive a broker restart: it
 * schedules its session work with a start timeout of {@link WorkManager#IMMEDIATE}, which Payara
 * enforces literally and rejects under any load ({@link PatientWorkManager} waits for a thread
 * instead), and its activations heed failures of old connections ({@link FaithfulActivation}).
 */
public class AmqpResourceAdapter extends JmsResourceAdapter {

  private volatile WorkManager workManager;
  private final Map<ActivationSpec, JmsActivation> activations = new ConcurrentHashMap<>();

  @Override
  public void endpointActivation(MessageEndpointFactory endpoints, ActivationSpec spec)
      throws ResourceException {
    var activation = new FaithfulActivation(this, endpoints, (JmsActivationSpec) spec);
    activations.put(spec, activation);
    activation.start();
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory endpoints, ActivationSpec spec) {
    var activation = activations.remove(spec);
    if (activation != null) {
      activation.stop();
    }
  }

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
