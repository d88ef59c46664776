package dev.finchat.bots.commands.infrastructure;

import dev.finchat.amqp.Consumers;
import dev.finchat.bots.commands.control.QueueConsumers;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Optional;
import javax.management.JMX;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * What the AMQP resource adapter says of this node's consumers, read through JMX (the adapter
 * publishes it there, so that no deployment has to declare anything to see it).
 */
@ApplicationScoped
public class AdapterConsumers implements QueueConsumers {

  /**
   * Each consumed queue (or topic) and whether its consumer is attached; empty when the adapter is
   * not running.
   */
  public Optional<Map<String, Boolean>> attached() {
    var server = ManagementFactory.getPlatformMBeanServer();
    ObjectName name;
    try {
      name = new ObjectName(Consumers.OBJECT_NAME);
    } catch (MalformedObjectNameException e) {
      throw new IllegalStateException(e);
    }
    if (!server.isRegistered(name)) {
      return Optional.empty();
    }
    return Optional.of(JMX.newMXBeanProxy(server, name, Consumers.class).getAttached());
  }

  @Override
  public boolean attached(String queue) {
    return attached().map(consumers -> consumers.getOrDefault(queue, false)).orElse(false);
  }
}
