package dev.finchat.amqp;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.jboss.resource.adapter.jms.JmsResourceAdapter;
import org.jboss.resource.adapter.jms.inflow.JmsActivationSpec;

/**
 * The JBoss Generic JMS resource adapter, made to run on Payara and to survive a broker restart: it
 * schedules its session work with a start timeout of {@link WorkManager#IMMEDIATE}, which Payara
 * enforces literally and rejects under any load ({@link PatientWorkManager} waits for a thread
 * instead), and its activations heed failures of old connections ({@link FaithfulActivation}).
 * While it runs it tells whether its beans' consumers are attached ({@link Consumers}).
 */
public class AmqpResourceAdapter extends JmsResourceAdapter implements Consumers {

  private volatile WorkManager workManager;
  private final Map<ActivationSpec, FaithfulActivation> activations = new ConcurrentHashMap<>();

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
    try {
      var server = ManagementFactory.getPlatformMBeanServer();
      var name = new ObjectName(OBJECT_NAME);
      // An adapter deployed again replaces the one before it, which may not have stopped cleanly.
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      server.registerMBean(new StandardMBean(this, Consumers.class, true), name);
    } catch (JMException e) {
      throw new ResourceAdapterInternalException("cannot publish " + OBJECT_NAME, e);
    }
  }

  @Override
  public void stop() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(OBJECT_NAME));
    } catch (JMException alreadyGone) {
      // Replaced by a newer adapter, or never published: nothing of this one is left to remove.
    }
    super.stop();
  }

  @Override
  public Map<String, Boolean> getAttached() {
    var attached = new TreeMap<String, Boolean>();
    activations
        .values()
        .forEach(
            activation ->
                attached.merge(activation.consumed(), activation.attached(), Boolean::logicalAnd));
    return attached;
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
