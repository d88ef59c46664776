package dev.finchat.chat.commands.control;

import dev.finchat.amqp.Broker;
import dev.finchat.chat.commands.control.CommandOutcomes.Outcome;
import dev.finchat.chat.infrastructure.BrokerSender;
import dev.finchat.chat.infrastructure.Timers;
import dev.finchat.chat.rooms.control.ChatSessions;
import dev.finchat.chat.rooms.control.Frames;
import dev.finchat.wire.Command;
import dev.finchat.wire.Commands;
import dev.finchat.wire.PriceChart;
import dev.finchat.wire.Reply;
import dev.finchat.wire.jms.JmsWire;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
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
 * Sends a command to its bot's queue and brings the answer back to the asker only. Every command
 * ends in exactly one answer on the asker's page: the bot's reply, "no bot answered" after the
 * configured wait, or "bots unreachable" when the broker refuses the send.
 */
@ApplicationScoped
public class CommandDispatcher {

  private static final Logger LOG = Logger.getLogger(CommandDispatcher.class.getName());

  @Inject ChatSessions sessions;

  @Inject ChatNode node;

  @Inject CommandTally tally;

  @Inject
  @ConfigProperty(name = "finchat.command.timeout", defaultValue = "PT15S")
  Duration answerTimeout;

  @Inject
  @ConfigProperty(name = "finchat.command.limit", defaultValue = "10")
  int limit;

  @Inject
  @ConfigProperty(name = "finchat.command.limit-period", defaultValue = "PT1M")
  Duration limitPeriod;

  @Inject BrokerSender broker;

  @Inject Timers timers;

  /** How often commands past their wait are looked for: an asker is told at most this late. */
  private static final Duration EXPIRY_SWEEP = Duration.ofMillis(200);

  private final PendingCommands pending = new PendingCommands();

  private static final String PROBE = "probe-";

  /** Probes of the admin console waiting for their reply, by correlation id: never counted. */
  private final Map<String, Probe> probes = new ConcurrentHashMap<>();

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

  private RateLimit rate;

  // One periodic task, not one per command: Payara's managed executors capture the caller's
  // context on every task, through a lookup that is one lock for the whole node.
  private ScheduledFuture<?> expiry;

  @PostConstruct
  void open() {
    rate = new RateLimit(limit, limitPeriod, Clock.systemUTC());
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
      sessions.send(askerSession, Frames.notice(tooFast(wait.get()), true));
      return;
    }
    String id = UUID.randomUUID().toString();
    String code = command.argument().strip();
    pending.register(
        id,
        new PendingCommands.Pending(
            askerSession, command.bot(), code, Instant.now().plus(answerTimeout)));
    String bot = command.bot().botName();
    String progress =
        code.isEmpty() ? bot + " is reading your command…" : bot + " is fetching " + code + "…";
    sessions.send(askerSession, Frames.pending(id, bot, progress));
    if (!broker.sendLater(
        session -> send(session, id, command, true), e -> unsent(id, command, e))) {
      LOG.warning(() -> "Refused " + command.typed() + ": too many sends wait");
      finish(
          id,
          "finchat is too busy to send your command right now. Try again in a moment.",
          Optional.empty(),
          Outcome.NOT_SENT);
    }
  }

  /** Why no command could be sent right now; empty when the broker can be reached. */
  public Optional<String> brokerProblem() {
    return broker.problem();
  }

  /**
   * Sends {@code argument} to the bot as a command of nobody's, for the admin console, and
   * completes with its reply and round trip, or unanswered after {@code patience}. Not counted.
   */
  public CompletableFuture<ProbeResult> probe(BotCommand bot, String argument, Duration patience) {
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
    var command = new ChatInput.Command(bot, argument, "/" + bot.commandName());
    boolean queued =
        broker.sendLater(
            session -> send(session, id, command, false),
            e ->
                probe
                    .result()
                    .complete(
                        new ProbeResult(
                            false,
                            true,
                            brokerProblem().orElse("the broker did not take the command"),
                            probe.elapsed())));
    if (!queued) {
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

  private void finish(
      String correlationId, String text, Optional<PriceChart> chart, Outcome outcome) {
    boolean error = outcome != Outcome.ANSWERED;
    pending
        .complete(correlationId)
        .ifPresent(
            asked -> {
              boolean replied = outcome == Outcome.ANSWERED || outcome == Outcome.FAILED;
              tally.ended(
                  asked.command(),
                  outcome,
                  replied
                      ? Duration.between(asked.deadline().minus(answerTimeout), Instant.now())
                      : null);
              String bot = asked.command().botName();
              sessions.send(
                  asked.askerSession(),
                  chart.isPresent() && !error
                      ? Frames.botAnswer(correlationId, bot, text, chart.get())
                      : Frames.botAnswer(correlationId, bot, text, error));
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

  private void send(Session session, String id, ChatInput.Command command, boolean counted)
      throws JMSException {
    try (var producer =
        session.createProducer(session.createQueue(Broker.queueAddress(command.bot().queue())))) {
      // Once the asker is told nobody answered, the command is of no use to a bot either.
      var sent =
          new Command(
              id,
              node.replyQueue(),
              Instant.now().plus(answerTimeout),
              command.bot().commandName(),
              command.argument());
      producer.send(
          JmsWire.write(session, Commands.encode(sent)),
          DeliveryMode.NON_PERSISTENT,
          Message.DEFAULT_PRIORITY,
          0);
      if (counted) {
        tally.sent(command.bot());
      }
    }
  }

  private void unsent(String id, ChatInput.Command command, Exception e) {
    LOG.log(Level.WARNING, "Could not send " + command.typed() + ": " + e.getMessage());
    finish(
        id,
        "The bots cannot be reached right now (the message broker is unavailable). "
            + "Try again in a moment.",
        Optional.empty(),
        Outcome.NOT_SENT);
  }

  private void expire() {
    try {
      tellUnanswered();
    } catch (RuntimeException e) {
      // A periodic task that throws is never run again: no asker would be told any more.
      LOG.log(Level.SEVERE, "Could not tell askers about unanswered commands", e);
    }
  }

  private void tellUnanswered() {
    for (var expired : pending.expire(Instant.now())) {
      var asked = expired.getValue();
      tally.ended(asked.command(), Outcome.UNANSWERED, null);
      sessions.send(
          asked.askerSession(),
          Frames.botAnswer(
              expired.getKey(),
              asked.command().botName(),
              asked.command().botName()
                  + " did not answer within "
                  + answerTimeout.toSeconds()
                  + " s. Try again later.",
              true));
    }
  }
}
