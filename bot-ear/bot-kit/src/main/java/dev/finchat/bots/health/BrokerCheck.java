package dev.finchat.bots.health;

import dev.finchat.bots.commands.infrastructure.JmsBotReplies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the bots can reach the broker: without it no command arrives or is answered. */
@Readiness
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

  @Inject JmsBotReplies replies;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("broker");
    var problem = replies.brokerProblem();
    return problem.isEmpty()
        ? check.up().build()
        : check.down().withData("problem", problem.get()).build();
  }
}
