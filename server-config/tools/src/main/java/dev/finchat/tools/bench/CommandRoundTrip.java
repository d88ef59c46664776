package dev.finchat.tools.bench;

import dev.finchat.amqp.Broker;
import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import dev.finchat.wire.Command;
import dev.finchat.wire.Commands;
import dev.finchat.wire.Queues;
import dev.finchat.wire.jms.JmsWire;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * m1: a {@code /stock} command's round trip as the browser sees it — WebSocket frame out, the bot's
 * answer frame in — from signed-in clients at a fixed rate (open loop: a slow answer does not slow
 * the sending). Its baseline sends the same command straight to the bot's queue with a plain Qpid
 * JMS client and waits for the reply: what the chat node adds is the difference.
 */
final class CommandRoundTrip {

  /** The probe's reply queue, which the bench's commands straight to the broker answer on. */
  private static final String REPLY_QUEUE = Queues.REPLY_PREFIX + "probe";

  private static final String CODE = "AAPL.US";
  private static final Pattern KIND = Pattern.compile("\"kind\":\"(\\w+)\"");
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Duration DRAIN = Duration.ofSeconds(15);

  /** How hard to push: commands per second, for how long, spread over how many signed-in users. */
  record Load(int perSecond, Duration duration, int users) {
    int commands() {
      return (int) (perSecond * duration.toMillis() / 1000);
    }
  }

  private CommandRoundTrip() {}

  /** Unmeasured load before each measured one, at its rate: the node settles to the new rate. */
  private static final Duration WARM_UP = Duration.ofSeconds(5);

  /** A warm-up round whose p99 is past this has fallen behind its load: the node is not warm. */
  private static final double KEPT_UP_MILLIS = 1_000;

  /** One round of {@link #warmUp}: long enough for a p99 of a few thousand commands. */
  private static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);

  /**
   * Warms both paths up before the first measurement: rounds of {@code load}, unmeasured, until the
   * chat path keeps up (p99 under a second) and its p99 stops falling by a third from one round to
   * the next ({@code rounds} at most). A node fresh from {@code up} answers its first minute of
   * commands with a p99 near a second (class loading, the JIT compiling, pools growing on both
   * nodes), which is not what m1 is after. Returns a line per round, for the report: what a cold
   * node costs.
   */
  static List<String> warmUp(Target target, Load load, int rounds, Consumer<String> progress)
      throws Exception {
    var round = new Load(load.perSecond(), WARM_UP_ROUND, Math.min(load.users(), 5));
    var lines = new ArrayList<String>();
    double previous = Double.NaN;
    for (int i = 1; i <= rounds; i++) {
      double chat =
          throughChat(target, round, false, new Latencies()).roundTrip().percentileMillis(99);
      double bot = throughBroker(target, round).percentileMillis(99);
      String line =
          String.format(
              Locale.ROOT,
              "m1 warm-up round %d (%d commands/s for %d s, unmeasured): p99 %.1f ms through the"
                  + " chat, %.1f ms through the broker alone",
              i,
              round.perSecond(),
              round.duration().toSeconds(),
              chat,
              bot);
      progress.accept(line);
      lines.add(line);
      // A node still working through a backlog may improve by less than a third and be far from
      // warm (10.2 → 6.8 s on RabbitMQ): only a round that kept up can end the warm-up.
      if (chat < KEPT_UP_MILLIS && chat > previous * 2 / 3) {
        break;
      }
      previous = chat;
    }
    return lines;
  }

  static Measurement measure(Target target, Load load, List<String> warmedUp) throws Exception {
    var warmUp = new Load(load.perSecond(), WARM_UP, Math.min(load.users(), 5));
    throughChat(target, warmUp, false, new Latencies());
    throughBroker(target, warmUp);
    String name = "m1." + load.perSecond() + "/s";
    var chat = throughChat(target, load, true, new Latencies());
    chat.notes().addAll(0, warmedUp);
    Latencies system = chat.roundTrip();
    Latencies baseline = throughBroker(target, load);
    var figures = new ArrayList<Figure>();
    figures.add(
        new Figure(
            name + ".p50",
            "ms",
            system.percentileMillis(50),
            baseline.percentileMillis(50),
            false));
    figures.add(
        new Figure(
            name + ".p99",
            "ms",
            system.percentileMillis(99),
            baseline.percentileMillis(99),
            false));
    return new Measurement(
        name,
        "/stock round trip, "
            + load.perSecond()
            + " commands/s for "
            + load.duration().toSeconds()
            + " s from "
            + load.users()
            + " signed-in WebSocket clients; baseline: a plain JMS client on the bot's queue",
        figures,
        system,
        baseline,
        List.of(
            new Measurement.Hop(
                "accepted",
                "frame out → the chat's pending frame in: WebSocket in, parsing, rate limit, the"
                    + " pending frame out",
                chat.accepted()),
            new Measurement.Hop(
                "answered",
                "pending frame in → answer frame in: JMS send, broker, bot, provider, reply,"
                    + " reply bean, WebSocket out",
                chat.answered()),
            new Measurement.Hop(
                "bot alone",
                "the baseline: JMS send → reply, broker, bot and provider without the chat node",
                baseline)),
        chat.notes());
  }

  /** The chat path's whole round trips, and the two halves of each. */
  record ChatTimes(
      Latencies roundTrip, Latencies accepted, Latencies answered, List<String> notes) {}

  /** When a command left, and when the chat confirmed it. */
  private record Sent(long at, long confirmedAt) {}

  /**
   * One signed-in page: when each of its commands left, oldest first, until the chat confirms it.
   */
  private record Asker(ChatClient page, Deque<Long> unconfirmed) {

    void ask() throws Exception {
      synchronized (unconfirmed) {
        unconfirmed.add(System.nanoTime());
      }
      page.say("/stock=" + CODE);
    }

    Long confirmed() {
      synchronized (unconfirmed) {
        return unconfirmed.poll();
      }
    }

    int waiting() {
      synchronized (unconfirmed) {
        return unconfirmed.size();
      }
    }
  }

  /**
   * The commands through the chat, from {@code load.users()} accounts that sign up first, all at
   * once ({@code signUps}: how long each took, to its page open); {@code watched}: the node is
   * watched while the commands run.
   */
  static ChatTimes throughChat(Target target, Load load, boolean watched, Latencies signUps)
      throws Exception {
    var times = new ChatTimes(new Latencies(), new Latencies(), new Latencies(), new ArrayList<>());
    var latencies = times.roundTrip();
    Map<String, Sent> inFlight = new ConcurrentHashMap<>();
    List<Asker> askers = new ArrayList<>();
    String run = UUID.randomUUID().toString().substring(0, 8);
    var signing = Executors.newFixedThreadPool(load.users());
    try {
      var signedUp = new ArrayList<java.util.concurrent.Future<Asker>>();
      for (int i = 0; i < load.users(); i++) {
        int user = i;
        signedUp.add(
            signing.submit(
                () -> {
                  long start = System.nanoTime();
                  var visitor = new Visitor(target.chatPort());
                  visitor.createAccount(
                      "bench-" + run + "-" + user, "bench password " + run, "Bench " + user);
                  var asker =
                      new Asker(
                          new ChatClient(target.chatPort(), visitor.sessionCookie()),
                          new ArrayDeque<>());
                  asker.page().onFrame(frame -> heard(frame, asker, inFlight, times));
                  signUps.record(Duration.ofNanos(System.nanoTime() - start));
                  return asker;
                }));
      }
      Exception failed = null;
      for (var asker : signedUp) {
        try {
          askers.add(asker.get());
        } catch (java.util.concurrent.ExecutionException e) {
          failed = failed == null ? e : failed;
        }
      }
      if (failed != null) {
        throw failed;
      }
      Callable<Void> commands =
          () -> {
            atRate(
                load,
                i -> {
                  try {
                    askers.get(i % askers.size()).ask();
                  } catch (Exception e) {
                    latencies.fail();
                  }
                },
                () -> inFlight.isEmpty() && askers.stream().allMatch(a -> a.waiting() == 0));
            return null;
          };
      if (watched) {
        times.notes().addAll(NodeWatch.during(commands).notes());
      } else {
        commands.call();
      }
      int unanswered = inFlight.size() + askers.stream().mapToInt(Asker::waiting).sum();
      for (int i = 0; i < unanswered; i++) {
        latencies.fail();
      }
    } finally {
      signing.shutdownNow();
      askers.forEach(asker -> asker.page().close());
    }
    return times;
  }

  /**
   * The chat confirms each command with a {@code pending} frame naming its id, in the order sent,
   * and answers with a {@code bot} frame of the same id; a {@code notice} refuses it (too fast).
   */
  private static void heard(
      String frame, Asker asker, Map<String, Sent> inFlight, ChatTimes times) {
    long now = System.nanoTime();
    var kind = KIND.matcher(frame);
    var id = ID.matcher(frame);
    if (!kind.find()) {
      return;
    }
    switch (kind.group(1)) {
      case "pending" -> {
        Long sent = asker.confirmed();
        if (sent != null && id.find()) {
          inFlight.put(id.group(1), new Sent(sent, now));
          times.accepted().record(Duration.ofNanos(now - sent));
        }
      }
      case "bot" -> {
        Sent sent = id.find() ? inFlight.remove(id.group(1)) : null;
        if (sent != null) {
          if (frame.contains("\"error\":true")) {
            times.roundTrip().fail();
          } else {
            times.roundTrip().record(Duration.ofNanos(now - sent.at()));
            times.answered().record(Duration.ofNanos(now - sent.confirmedAt()));
          }
        }
      }
      case "notice" -> {
        if (asker.confirmed() != null) {
          times.roundTrip().fail();
        }
      }
      default -> {}
    }
  }

  private static Latencies throughBroker(Target target, Load load) throws Exception {
    var latencies = new Latencies();
    Map<String, Long> inFlight = new ConcurrentHashMap<>();
    var factory =
        new JmsConnectionFactory(
            Broker.user(), Broker.password(), target.brokerUrl() + "?" + Broker.CLIENT_OPTIONS);
    try (var connection = factory.createConnection();
        var receiving = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var sending = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      var consumer = receiving.createConsumer(JmsWire.queue(receiving, REPLY_QUEUE));
      consumer.setMessageListener(
          reply -> {
            long now = System.nanoTime();
            try {
              Long sent = inFlight.remove(reply.getJMSCorrelationID());
              if (sent != null) {
                latencies.record(Duration.ofNanos(now - sent));
              }
            } catch (Exception e) {
              latencies.fail();
            }
          });
      connection.start();
      var producer = sending.createProducer(JmsWire.queue(sending, Queues.STOCK));
      atRate(
          load,
          i -> {
            try {
              String id = UUID.randomUUID().toString();
              var command =
                  new Command(
                      id, REPLY_QUEUE, Instant.now().plus(Duration.ofSeconds(30)), "stock", CODE);
              inFlight.put(id, System.nanoTime());
              producer.send(
                  JmsWire.write(sending, Commands.encode(command)),
                  DeliveryMode.NON_PERSISTENT,
                  Message.DEFAULT_PRIORITY,
                  0);
            } catch (Exception e) {
              latencies.fail();
            }
          },
          inFlight::isEmpty);
      for (int i = 0; i < inFlight.size(); i++) {
        latencies.fail();
      }
    }
    return latencies;
  }

  /**
   * Calls {@code send} with 0, 1, 2… at the load's rate from one thread, then waits until {@code
   * drained} or {@link #DRAIN} has passed.
   */
  private static void atRate(
      Load load, IntConsumer send, java.util.function.BooleanSupplier drained)
      throws InterruptedException {
    var sender = Executors.newSingleThreadScheduledExecutor();
    var next = new AtomicInteger();
    var allSent = new java.util.concurrent.CountDownLatch(1);
    sender.scheduleAtFixedRate(
        () -> {
          int i = next.getAndIncrement();
          if (i < load.commands()) {
            send.accept(i);
          } else {
            allSent.countDown();
          }
        },
        0,
        1_000_000_000L / load.perSecond(),
        TimeUnit.NANOSECONDS);
    allSent.await();
    sender.shutdownNow();
    long deadline = System.nanoTime() + DRAIN.toNanos();
    while (!drained.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
