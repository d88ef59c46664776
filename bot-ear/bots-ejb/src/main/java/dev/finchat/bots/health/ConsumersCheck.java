package dev.finchat.bots.health;

import dev.finchat.amqp.Consumers;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import javax.management.JMX;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while every bot's consumer is attached to its queue: a bean still connecting, or
 * reconnecting after losing the broker or its queue, takes no command, even while the node's own
 * broker connection ({@link BrokerCheck}) is up. The resource adapter knows, and tells through JMX.
 */
@Readiness
@ApplicationScoped
public class ConsumersCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("consumers");
    var server = ManagementFactory.getPlatformMBeanServer();
    ObjectName name;
    try {
      name = new ObjectName(Consumers.OBJECT_NAME);
    } catch (MalformedObjectNameException e) {
      throw new IllegalStateException(e);
    }
    if (!server.isRegistered(name)) {
      return check.down().withData("problem", "the AMQP resource adapter is not running").build();
    }
    var consumers =
        new AttachedConsumers(JMX.newMXBeanProxy(server, name, Consumers.class).getAttached());
    if (consumers.states().isEmpty()) {
      check.withData("problem", "no bot's message-driven bean is active");
    }
    consumers.states().forEach(check::withData);
    return check.status(consumers.ready()).build();
  }
}
