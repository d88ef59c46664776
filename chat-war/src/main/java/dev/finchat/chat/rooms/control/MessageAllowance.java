package dev.finchat.chat.rooms.control;

import dev.finchat.chat.shared.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many messages a person may post to rooms: a page that floods its room is told to slow down
 * instead of filling everyone else's page and the database. One that goes on sending after being
 * told, {@value #REFUSALS_PER_MESSAGE} times its allowance in refusals, is a script, not a person:
 * its page is closed for a while, since answering each of its frames costs the node as much as the
 * frame.
 */
@ApplicationScoped
public class MessageAllowance {

  /** How many refusals, per message of the allowance, a page gets before it is closed. */
  static final int REFUSALS_PER_MESSAGE = 5;

  /** Why a message was not taken, and whether its page is to be closed for flooding. */
  public record Refusal(String reason, boolean closePage) {}

  @Inject
  @ConfigProperty(name = "finchat.message.limit", defaultValue = "30")
  int limit;

  @Inject
  @ConfigProperty(name = "finchat.message.limit-period", defaultValue = "PT10S")
  Duration period;

  private RateLimit rate;
  private RateLimit refusals;

  MessageAllowance() {}

  MessageAllowance(RateLimit rate, RateLimit refusals) {
    this.rate = rate;
    this.refusals = refusals;
  }

  @PostConstruct
  void open() {
    rate = new RateLimit(limit, period, Clock.systemUTC());
    refusals =
        new RateLimit(
            (int) Math.min(Integer.MAX_VALUE, (long) limit * REFUSALS_PER_MESSAGE),
            period,
            Clock.systemUTC());
  }

  /** Takes one message for {@code author}: empty when allowed, else what to tell them. */
  public Optional<Refusal> take(String author) {
    return rate.take(author)
        .map(
            wait ->
                new Refusal(
                    "You are sending messages too fast (at most "
                        + rate.limit()
                        + " "
                        + rate.perPeriod()
                        + "). Try again in "
                        + Math.max(1, (wait.toMillis() + 999) / 1000)
                        + " s.",
                    refusals.take(author).isPresent()));
  }
}
