package dev.finchat.chat.commands.control;

import dev.finchat.chat.commands.control.CommandOutcomes.Outcome;
import dev.finchat.wire.CatalogueEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts what becomes of commands, twice: as MicroProfile Metrics on {@code /metrics}, for standard
 * tools to watch ({@code finchat_commands_sent_total}, {@code finchat_commands_ended_total} by bot
 * and outcome, {@code finchat_commands_round_trip_milliseconds} of the replies), and in {@link
 * CommandOutcomes}' rolling hour, for the admin console.
 */
@ApplicationScoped
public class CommandTally {

  @Inject MetricRegistry metrics;

  private final CommandOutcomes lastHour = new CommandOutcomes(Clock.systemUTC());

  private static final Metadata SENT =
      metadata("finchat.commands.sent", "Commands the broker took for a bot's queue");
  private static final Metadata ENDED =
      metadata(
          "finchat.commands.ended",
          "Commands ended, by outcome: answered, failed (an error reply), unanswered, not_sent");

  // A histogram in milliseconds rather than a Timer: Payara's Prometheus output gave a Timer's
  // quantiles in nanoseconds under a name in seconds.
  private static final Metadata ROUND_TRIP =
      metadata(
          "finchat.commands.round_trip_milliseconds",
          "Command sent to reply received, in milliseconds");

  private static Metadata metadata(String name, String description) {
    return Metadata.builder()
        .withName(name)
        .withDescription(description)
        .withUnit(MetricUnits.NONE)
        .build();
  }

  /** The broker took the command for the bot's queue. */
  public void sent(CatalogueEntry bot) {
    metrics.counter(SENT, botTag(bot)).inc();
  }

  /** How a command ended; {@code roundTrip} is null unless a reply came. */
  public void ended(CatalogueEntry bot, Outcome outcome, Duration roundTrip) {
    lastHour.record(bot.command(), outcome);
    metrics
        .counter(ENDED, botTag(bot), new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT)))
        .inc();
    if (roundTrip != null) {
      metrics.histogram(ROUND_TRIP, botTag(bot)).update(roundTrip.toMillis());
    }
  }

  /** The outcomes of {@code /command} over the last hour. */
  public Map<Outcome, Long> lastHour(String command) {
    return lastHour.lastHour(command);
  }

  private static Tag botTag(CatalogueEntry bot) {
    return new Tag("bot", bot.command());
  }
}
