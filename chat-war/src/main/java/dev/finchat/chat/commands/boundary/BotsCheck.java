package dev.finchat.chat.commands.boundary;

import dev.finchat.chat.commands.control.LiveCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while bots answer: at least one has announced itself, and every command offered has
 * been announced lately by a bot node whose consumer is attached to its queue (a bot node repeats
 * the announcement of each such bot every 30 s, and stops while the consumer is detached, its queue
 * gone or the broker away). Room chat goes on without bots, so this is readiness.
 */
@Readiness
@ApplicationScoped
public class BotsCheck implements HealthCheck {

  @Inject LiveCatalogue catalogue;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("bots");
    var entries = catalogue.entries();
    if (entries.isEmpty()) {
      return check.down().withData("problem", "no bot has announced itself").build();
    }
    var stale = catalogue.stale();
    entries.forEach(
        entry ->
            check.withData(
                "/" + entry.command(),
                entry.bot()
                    + " on "
                    + entry.queue()
                    + (stale.contains(entry.command()) ? ": not heard lately" : "")));
    return check.status(stale.isEmpty()).build();
  }
}
