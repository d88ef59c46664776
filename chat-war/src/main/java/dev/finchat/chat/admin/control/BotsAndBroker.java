package dev.finchat.chat.admin.control;

import dev.finchat.chat.commands.control.CommandDispatcher;
import dev.finchat.chat.commands.control.CommandDispatcher.ProbeResult;
import dev.finchat.chat.commands.control.CommandOutcomes.Outcome;
import dev.finchat.chat.commands.control.CommandTally;
import dev.finchat.chat.commands.control.LiveCatalogue;
import dev.finchat.chat.infrastructure.ChatNode;
import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.Queues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the admin console tells about the bots and the broker, looked at now: each bot of the live
 * catalogue probed live through the broker, this node's commands of the last hour by outcome, the
 * broker connection, and the depth of each queue where the broker reports it.
 */
@ApplicationScoped
public class BotsAndBroker {

  /** How long a probe waits for its bot: well under a page load's patience. */
  public static final Duration PROBE_PATIENCE = Duration.ofSeconds(5);

  @Inject CommandDispatcher dispatcher;
  @Inject LiveCatalogue catalogue;
  @Inject CommandTally tally;
  @Inject ChatNode node;
  @Inject RabbitManagement rabbit;

  /** A bot: what its probe found, and its commands of the last hour by outcome. */
  public record Bot(CatalogueEntry command, ProbeResult probe, Map<Outcome, Long> lastHour) {}

  /** A queue and how many messages wait in it, or why that is not known. */
  public record Queue(String name, String purpose, RabbitManagement.Depth depth) {}

  /** Everything the page shows; {@code brokerProblem} is empty while the broker is connected. */
  public record Report(
      List<Bot> bots,
      Optional<String> brokerProblem,
      List<Queue> queues,
      Optional<String> managementUi) {}

  /** Probes every bot at once, and waits at most {@link #PROBE_PATIENCE} for them all. */
  public Report look() {
    Optional<String> brokerProblem = dispatcher.brokerProblem();
    List<CatalogueEntry> entries = catalogue.entries();
    List<CompletableFuture<ProbeResult>> probes = new ArrayList<>();
    for (CatalogueEntry bot : entries) {
      probes.add(
          brokerProblem.isPresent()
              ? CompletableFuture.completedFuture(
                  new ProbeResult(false, true, brokerProblem.get(), Duration.ZERO))
              : dispatcher.probe(bot, probeArgument(bot), PROBE_PATIENCE));
    }
    List<Bot> bots = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      CatalogueEntry bot = entries.get(i);
      bots.add(new Bot(bot, probes.get(i).join(), tally.lastHour(bot.command())));
    }
    List<Queue> queues = new ArrayList<>();
    for (CatalogueEntry bot : entries) {
      queues.add(queue(bot.queue(), "commands for " + bot.bot()));
    }
    queues.add(queue(node.replyQueue(), "bots' answers to this chat node"));
    queues.add(queue(Queues.DEAD_LETTER, "messages no bot could handle"));
    return new Report(bots, brokerProblem, queues, rabbit.ui());
  }

  private Queue queue(String name, String purpose) {
    return new Queue(name, purpose, rabbit.depth(name));
  }

  /** The code of the bot's own example: a symbol every provider knows. */
  static String probeArgument(CatalogueEntry bot) {
    String example = bot.usage();
    return example.substring(example.indexOf('=') + 1);
  }
}
