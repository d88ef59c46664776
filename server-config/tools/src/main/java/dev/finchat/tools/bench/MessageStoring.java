package dev.finchat.tools.bench;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * m5: chat messages stored, sustained — signed-in pages in several rooms send messages at a fixed
 * total rate (open loop), and each message counts once its sender's page receives it back, which
 * the chat node does only after the commit. Its baseline inserts the same rows into the same table
 * with plain JDBC ({@link PlainInserts}), one transaction each, at the same rate.
 */
final class MessageStoring {

  /** How hard to push: messages per second, for how long, over how many rooms of how many pages. */
  record Load(int perSecond, Duration duration, int rooms, int usersPerRoom) {
    int messages() {
      return (int) (perSecond * duration.toMillis() / 1000);
    }

    int users() {
      return rooms * usersPerRoom;
    }
  }

  private static final Duration DRAIN = Duration.ofSeconds(15);
  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final Pattern TEXT = Pattern.compile("\"text\":\"([^\"]+)\"");
  private static final Pattern STORED_AT = Pattern.compile("\"at\":\"([^\"]+)\"");

  private MessageStoring() {}

  static Measurement measure(Target target, Load load, PlainInserts baseline) throws Exception {
    String run = "store-" + UUID.randomUUID().toString().substring(0, 6);
    List<ChatClient> pages = new ArrayList<>();
    try {
      List<ChatClient> senders = signedInPages(target, run, load, pages);
      throughChat(senders, new Load(load.perSecond(), WARM_UP, load.rooms(), 0), run + "w");
      var watched = NodeWatch.during(() -> throughChat(senders, load, run));
      var chat = watched.result();
      baseline.insert(new Load(load.perSecond(), WARM_UP, load.rooms(), 1));
      var plain = baseline.insert(load);
      String name = "m5." + load.perSecond() + "/s";
      return new Measurement(
          name,
          "chat messages stored: "
              + load.perSecond()
              + " messages/s for "
              + load.duration().toSeconds()
              + " s from "
              + load.users()
              + " pages in "
              + load.rooms()
              + " rooms, frame out → the sender's page receives it stored; baseline: plain JDBC"
              + " inserts into the same table ("
              + baseline.describe()
              + "), one transaction each",
          List.of(
              new Figure(name + ".stored", "msg/s", chat.perSecond(), plain.perSecond(), true),
              new Figure(
                  name + ".p50",
                  "ms",
                  chat.latencies().percentileMillis(50),
                  plain.latencies().percentileMillis(50),
                  false),
              new Figure(
                  name + ".p99",
                  "ms",
                  chat.latencies().percentileMillis(99),
                  plain.latencies().percentileMillis(99),
                  false)),
          chat.latencies(),
          plain.latencies(),
          List.of(
              new Measurement.Hop(
                  "queued",
                  "frame out → the message's time stamp (the node stamps it in the transaction,"
                      + " once it holds the room's row): WebSocket in, the room's queue, waiting for"
                      + " a writer thread and for the batch ahead",
                  chat.queued()),
              new Measurement.Hop(
                  "stored",
                  "time stamp → the sender's page receives it: the batch's inserts, the commit,"
                      + " the broadcast and WebSocket out",
                  chat.stored()),
              new Measurement.Hop(
                  "plain insert",
                  "the baseline: one JDBC insert and its commit",
                  plain.latencies())),
          watched.notes());
    } finally {
      pages.forEach(ChatClient::close);
    }
  }

  /** Who sent a message, when ({@code at}, for latencies) and at what wall-clock time. */
  private record Sent(ChatClient by, long at, Instant wallClock) {}

  /**
   * What one side achieved: each message's latency, and messages stored per second; through the
   * chat also the two halves of each message's trip, split at the time the node stamped on it (the
   * same machine's clock as the bench's, to the microsecond).
   */
  record Outcome(Latencies latencies, double perSecond, Latencies queued, Latencies stored) {
    Outcome(Latencies latencies, double perSecond) {
      this(latencies, perSecond, new Latencies(), new Latencies());
    }
  }

  /** Every page of every room; the senders are all of them, each hearing its own room. */
  private static List<ChatClient> signedInPages(
      Target target, String run, Load load, List<ChatClient> pages) throws Exception {
    int port = target.chatNodePort(1);
    for (int r = 0; r < load.rooms(); r++) {
      String room = run + "-" + r;
      for (int u = 0; u < load.usersPerRoom(); u++) {
        String user = run + "-" + r + "-" + u;
        var visitor = new Visitor(port);
        visitor.createAccount(user, "bench password " + user, user);
        if (u == 0) {
          visitor.submit(
              "/chat/", "rooms", Map.of("rooms:newRoom", room, "rooms:create", "Create room"));
        }
        pages.add(ChatClient.inRoom(port, visitor.sessionCookie(), room));
      }
    }
    return pages;
  }

  private static Outcome throughChat(List<ChatClient> senders, Load load, String run)
      throws Exception {
    Map<String, Sent> sent = new ConcurrentHashMap<>();
    var latencies = new Latencies();
    var queued = new Latencies();
    var storedAndDelivered = new Latencies();
    var refused = new AtomicInteger();
    var lastStored = new AtomicLong();
    int messages = load.messages();
    var stored = new CountDownLatch(messages);
    for (ChatClient sender : senders) {
      sender.onFrame(
          frame -> {
            long now = System.nanoTime();
            Instant wallClock = Instant.now();
            if (frame.contains("\"kind\":\"notice\"") && frame.contains("\"error\":true")) {
              refused.incrementAndGet();
              return;
            }
            if (!frame.contains("\"kind\":\"message\"")) {
              return;
            }
            var text = TEXT.matcher(frame);
            // Every page of the room hears each message: only its sender's copy counts.
            if (text.find()) {
              Sent one = sent.get(text.group(1));
              if (one != null && one.by() == sender && sent.remove(text.group(1), one)) {
                latencies.record(Duration.ofNanos(now - one.at()));
                var at = STORED_AT.matcher(frame);
                if (at.find()) {
                  Instant stamped = Instant.parse(at.group(1));
                  queued.record(nonNegative(Duration.between(one.wallClock(), stamped)));
                  storedAndDelivered.record(nonNegative(Duration.between(stamped, wallClock)));
                }
                lastStored.set(now);
                stored.countDown();
              }
            }
          });
    }
    ExecutorService sending = Executors.newFixedThreadPool(8);
    var clock = Executors.newSingleThreadScheduledExecutor();
    var next = new AtomicInteger();
    long start = System.nanoTime();
    clock.scheduleAtFixedRate(
        () -> {
          int i = next.getAndIncrement();
          if (i >= messages) {
            return;
          }
          var sender = senders.get(i % senders.size());
          String text = run + "-" + i;
          sent.put(text, new Sent(sender, System.nanoTime(), Instant.now()));
          sending.execute(
              () -> {
                try {
                  sender.say(text);
                } catch (Exception e) {
                  latencies.fail();
                }
              });
        },
        0,
        1_000_000_000L / load.perSecond(),
        TimeUnit.NANOSECONDS);
    long allSent = start + load.duration().toNanos();
    stored.await(load.duration().plus(DRAIN).toMillis(), TimeUnit.MILLISECONDS);
    clock.shutdownNow();
    sending.shutdownNow();
    senders.forEach(sender -> sender.onFrame(frame -> {}));
    if (refused.get() > 0) {
      throw new IllegalStateException(
          refused.get()
              + " messages were refused (the chat node's log says why): more than this system lets"
              + " one person send (FINCHAT_MESSAGE_LIMIT)? the database down?");
    }
    for (long i = stored.getCount(); i > 0; i--) {
      latencies.fail();
    }
    long end = Math.max(lastStored.get(), allSent);
    return new Outcome(
        latencies, latencies.count() / ((end - start) / 1e9), queued, storedAndDelivered);
  }

  /** Two readings of the clock a microsecond apart can come out in either order. */
  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
