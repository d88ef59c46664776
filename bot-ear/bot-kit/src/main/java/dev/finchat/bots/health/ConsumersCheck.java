package dev.finchat.bots.health;

import dev.finchat.bots.commands.infrastructure.AdapterConsumers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while every bot's consumer is attached to its queue: a bean still connecting, or
 * reconnecting after losing the broker or its queue, takes no command, even while the node's own
 * broker connection ({@link BrokerCheck}) is up. The resource adapter knows.
 */
@Readiness
@ApplicationScoped
public class ConsumersCheck implements HealthCheck {

  @Inject AdapterConsumers adapter;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("consumers");
    var attached = adapter.attached();
    if (attached.isEmpty()) {
      return check.down().withData("problem", "the AMQP resource adapter is not running").build();
    }
    var consumers = new AttachedConsumers(attached.get());
    if (consumers.states().isEmpty()) {
      check.withData("problem", "no bot's message-driven bean is active");
    }
    consumers.states().forEach(check::withData);
    return check.status(consumers.ready()).build();
  }
}
