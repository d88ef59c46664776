package dev.finchat.chat.commands.control;

import dev.finchat.chat.commands.control.CommandOutcomes.Outcome;
import dev.finchat.chat.infrastructure.ChatNode;
import dev.finchat.chat.infrastructure.Timers;
import dev.finchat.chat.shared.RateLimit;
import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.Command;
import dev.finchat.wire.PriceChart;
import dev.finchat.wire.Reply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a command to its bot and brings the answer back to the asker only. Every command ends in
 * exactly one answer on the asker's page: the bot's reply, "did not answer" after the configured
 * wait, or "bots unreachable" when the broker refuses the send. The bots are reached through the
 * {@link Bots} port and the asker through {@link Askers}, so this class holds only the rules.
 */
@ApplicationScoped
public class CommandDispatcher {

  private static final Logger LOG = Logger.getLogger(CommandDispatcher.class.getName());

  /** How often commands past their wait are looked for: an asker is told at most this late. */
  private static final Duration EXPIRY_SWEEP = Duration.ofMillis(200);

  private static final String PROBE = "probe-";

  static final String UNREACHABLE =
      "The bots cannot be reached right now (the message broker is unavailable). "
          + "Try again in a moment.";

  static final String TOO_BUSY =
      "finchat is too busy to send your command right now. Try again in a moment.";

  /**
   * What a live probe of a bot found: its reply (an error reply is still an answer) and round trip;
   * unanswered, {@code text} says why when it is known.
   */
  public record ProbeResult(boolean answered, boolean error, String text, Duration roundTrip) {}

  private record Probe(CompletableFuture<ProbeResult> result, long startNanos) {
    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }
  }

  private Bots bots;
  private Askers askers;
  private CommandTally tally;
  private ChatNode node;
  private Timers timers;
  private Duration answerTimeout;
  private RateLimit rate;
  private Clock clock;

  private final PendingCommands pending = new PendingCommands();

  /** Probes of the admin console waiting for their reply, by correlation id: never counted. */
  private final Map<String, Probe> probes = new ConcurrentHashMap<>();

  // One periodic task, not one per command: Payara's managed executors capture the caller's
  // context on every task, through a lookup that is one lock for the whole node.
  private ScheduledFuture<?> expiry;

  /** For the container's proxy only. */
  protected CommandDispatcher() {}

  @Inject
  public CommandDispatcher(
      Bots bots,
      Askers askers,
      CommandTally tally,
      ChatNode node,
      Timers timers,
      @ConfigProperty(name = "finchat.command.timeout", defaultValue = "PT15S")
          Duration answerTimeout,
      @ConfigProperty(name = "finchat.command.limit", defaultValue = "10") int limit,
      @ConfigProperty(name = "finchat.command.limit-period", defaultValue = "PT1M")
          Duration limitPeriod) {
    this(
        bots,
        askers,
        tally,
        node,
        answerTimeout,
        new RateLimit(limit, limitPeriod, Clock.systemUTC()),
        Clock.systemUTC());
    this.timers = timers;
  }

  /** Without the expiry sweep: whoever builds it this way calls {@link #expire()} itself. */
  CommandDispatcher(
      Bots bots,
      Askers askers,
      CommandTally tally,
      ChatNode node,
      Duration answerTimeout,
      RateLimit rate,
      Clock clock) {
    this.bots = bots;
    this.askers = askers;
    this.tally = tally;
    this.node = node;
    this.answerTimeout = answerTimeout;
    this.rate = rate;
    this.clock = clock;
  }

  @PostConstruct
  void open() {
    expiry = timers.every(EXPIRY_SWEEP, "Answering expired commands", this::expire);
  }

  @PreDestroy
  void close() {
    expiry.cancel(false);
  }

  /** Sends {@code command} for {@code asker}, unless they are over their allowance. */
  public void dispatch(String askerSession, String asker, ChatInput.Command command) {
    var wait = rate.take(asker);
    if (wait.isPresent()) {
      askers.refused(askerSession, tooFast(wait.get()));
      return;
    }
    String id = UUID.randomUUID().toString();
    String code = command.argument().strip();
    Instant deadline = clock.instant().plus(answerTimeout);
    pending.register(id, new PendingCommands.Pending(askerSession, command.bot(), code, deadline));
    String bot = command.bot().bot();
    askers.waiting(
        askerSession,
        id,
        bot,
        code.isEmpty() ? bot + " is reading your command…" : bot + " is fetching " + code + "…");
    var delivery =
        new Bots.Delivery() {
          @Override
          public void taken() {
            tally.sent(command.bot());
          }

          @Override
          public void refused(String why) {
            LOG.log(Level.WARNING, "Could not send " + command.typed() + ": " + why);
            finish(id, UNREACHABLE, Optional.empty(), Outcome.NOT_SENT);
          }
        };
    if (!bots.send(command.bot().queue(), wireCommand(id, command, deadline), delivery)) {
      LOG.warning(() -> "Refused " + command.typed() + ": too many sends wait");
      finish(id, TOO_BUSY, Optional.empty(), Outcome.NOT_SENT);
    }
  }

  /** Why no command could be sent right now; empty when the broker can be reached. */
  public Optional<String> brokerProblem() {
    return bots.unreachable();
  }

  /**
   * Sends {@code argument} to the bot as a command of nobody's, for the admin console, and
   * completes with its reply and round trip, or unanswered after {@code patience}. Not counted.
   */
  public CompletableFuture<ProbeResult> probe(
      CatalogueEntry bot, String argument, Duration patience) {
    String id = PROBE + UUID.randomUUID();
    var probe = new Probe(new CompletableFuture<>(), System.nanoTime());
    probes.put(id, probe);
    probe
        .result()
        .completeOnTimeout(
            new ProbeResult(false, true, null, patience),
            patience.toMillis(),
            TimeUnit.MILLISECONDS)
        .whenComplete((found, failure) -> probes.remove(id));
    var command = new ChatInput.Command(bot, argument, "/" + bot.command());
    var delivery =
        new Bots.Delivery() {
          @Override
          public void taken() {}

          @Override
          public void refused(String why) {
            String problem = bots.unreachable().orElse("the broker did not take the command");
            probe.result().complete(new ProbeResult(false, true, problem, probe.elapsed()));
          }
        };
    Instant deadline = clock.instant().plus(patience);
    if (!bots.send(bot.queue(), wireCommand(id, command, deadline), delivery)) {
      probe
          .result()
          .complete(new ProbeResult(false, true, "the node is too busy to send", Duration.ZERO));
    }
    return probe.result();
  }

  /** Hands a bot's reply to whoever asked, once; an answer may come with a chart. */
  public void answer(Reply reply) {
    if (reply.correlationId().startsWith(PROBE)) {
      var probe = probes.remove(reply.correlationId());
      if (probe != null) {
        probe
            .result()
            .complete(new ProbeResult(true, reply.error(), reply.text(), probe.elapsed()));
      }
      return;
    }
    finish(
        reply.correlationId(),
        reply.text(),
        reply.chart(),
        reply.error() ? Outcome.FAILED : Outcome.ANSWERED);
  }

  /** Tells each asker whose command is past its wait that no bot answered. */
  void expire() {
    try {
      tellUnanswered();
    } catch (RuntimeException e) {
      // The sweep runs again regardless; a failure here must not go unseen.
      LOG.log(Level.SEVERE, "Could not tell askers about unanswered commands", e);
    }
  }

  // Once the asker is told nobody answered, the command is of no use to a bot either: it carries
  // the same deadline, and a bot drops it past that.
  private Command wireCommand(String id, ChatInput.Command command, Instant deadline) {
    return new Command(
        id, node.replyQueue(), deadline, command.bot().command(), command.argument());
  }

  private void finish(
      String correlationId, String text, Optional<PriceChart> chart, Outcome outcome) {
    pending
        .complete(correlationId)
        .ifPresent(
            asked -> {
              boolean replied = outcome == Outcome.ANSWERED || outcome == Outcome.FAILED;
              tally.ended(
                  asked.command(),
                  outcome,
                  replied
                      ? Duration.between(asked.deadline().minus(answerTimeout), clock.instant())
                      : null);
              boolean error = outcome != Outcome.ANSWERED;
              askers.answered(
                  asked.askerSession(),
                  correlationId,
                  asked.command().bot(),
                  text,
                  error ? Optional.empty() : chart,
                  error);
            });
  }

  private String tooFast(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return "You are sending commands too fast (at most "
        + rate.limit()
        + " "
        + rate.perPeriod()
        + "). Try again in "
        + seconds
        + " s.";
  }

  private void tellUnanswered() {
    for (var expired : pending.expire(clock.instant())) {
      var asked = expired.getValue();
      tally.ended(asked.command(), Outcome.UNANSWERED, null);
      String bot = asked.command().bot();
      askers.answered(
          asked.askerSession(),
          expired.getKey(),
          bot,
          bot + " did not answer within " + answerTimeout.toSeconds() + " s. Try again later.",
          Optional.empty(),
          true);
    }
  }
}
