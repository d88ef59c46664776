package dev.finchat.chat.rooms.control;

import dev.finchat.chat.commands.control.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many messages a person may post to rooms: a page that floods its room is told to slow down
 * instead of filling everyone else's page and the database.
 */
@ApplicationScoped
public class MessageAllowance {

  @Inject
  @ConfigProperty(name = "finchat.message.limit", defaultValue = "30")
  int limit;

  @Inject
  @ConfigProperty(name = "finchat.message.limit-period", defaultValue = "PT10S")
  Duration period;

  private RateLimit rate;

  MessageAllowance() {}

  MessageAllowance(RateLimit rate) {
    this.rate = rate;
  }

  @PostConstruct
  void open() {
    rate = new RateLimit(limit, period, Clock.systemUTC());
  }

  /** Takes one message for {@code author}: empty when allowed, else what to tell them. */
  public Optional<String> take(String author) {
    return rate.take(author)
        .map(
            wait ->
                "You are sending messages too fast (at most "
                    + rate.limit()
                    + " "
                    + rate.perPeriod()
                    + "). Try again in "
                    + Math.max(1, (wait.toMillis() + 999) / 1000)
                    + " s.");
  }
}
