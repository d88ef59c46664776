package dev.finchat.chat.health;

import dev.finchat.chat.infrastructure.BrokerSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the broker can be reached: without it no command reaches a bot. Room chat goes
 * on without it, so this is readiness, not liveness.
 */
@Readiness
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

  @Inject BrokerSender broker;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("broker");
    var problem = broker.problem();
    return problem.isEmpty()
        ? check.up().build()
        : check.down().withData("problem", problem.get()).build();
  }
}
