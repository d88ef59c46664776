package dev.finchat.tools.bench;

import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * m2: one room's broadcast. N signed-in chat pages in one fresh room; one of them sends 10 chat
 * messages a second, and each message is timed from its send to its arrival at every page — the
 * last page's arrival is the figure. Then a burst, sent as fast as the sender's socket takes it,
 * gives the fan-out the node sustains (deliveries a second). Its baseline is the same load on a
 * bare broadcast endpoint in the same server (bench-baseline.war): what finchat adds is the
 * difference.
 */
final class RoomBroadcast {

  /** The full run's rate: 10 messages a second from one sender. */
  static final int PER_SECOND = 10;

  private static final Duration DRAIN = Duration.ofSeconds(60);

  /** How many clients, how long the steady 10/s lasts, how many messages the burst has. */
  record Load(int clients, Duration steady, int burst) {
    String label() {
      return clients % 1000 == 0 ? clients / 1000 + "k" : String.valueOf(clients);
    }
  }

  private RoomBroadcast() {}

  /** The full run's loads, or {@code clients} ("1000,5000") with the full run's timing. */
  static List<Load> loads(boolean quick, String clients) {
    if (clients != null) {
      return java.util.Arrays.stream(clients.split(","))
          .map(n -> new Load(Integer.parseInt(n.trim()), Duration.ofSeconds(20), 50))
          .toList();
    }
    return quick
        ? List.of(new Load(100, Duration.ofSeconds(3), 20))
        : List.of(
            new Load(1_000, Duration.ofSeconds(20), 50),
            new Load(5_000, Duration.ofSeconds(20), 50),
            new Load(10_000, Duration.ofSeconds(20), 50));
  }

  /**
   * Measures every load, growing one room's pages from one load to the next, then the baseline the
   * same way (each side's pages are closed before the other's open: both sides at 10k would need
   * more sockets than the descriptor limit allows).
   */
  static List<Measurement> measure(Target target, List<Load> loads, Duration warmUp)
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    Map<Load, Side> chat = side(target, loads, warmUp, new ChatRoom(target.chatNodePort(1), run));
    Map<Load, Side> bare = side(target, loads, warmUp, new BareEndpoint(target.chatNodePort(1)));
    var measurements = new ArrayList<Measurement>();
    for (var load : loads) {
      measurements.add(measurement(load, chat.get(load), bare.get(load)));
    }
    return measurements;
  }

  /** What one side (finchat or the baseline) measured at one load. */
  record Side(
      Latencies last, Latencies first, Latencies each, double fanOut, long failed, int refused) {}

  /** Where the pages connect, and how a chat line is framed there. */
  interface Room {
    List<SignedInPages.Page> grow(
        SignedInPages pages, int total, SignedInPages.Heard heard, List<SignedInPages.Page> open)
        throws Exception;

    String frame(String text);
  }

  private static Map<Load, Side> side(Target target, List<Load> loads, Duration warmUp, Room room)
      throws Exception {
    var sides = new java.util.LinkedHashMap<Load, Side>();
    var open = new ArrayList<SignedInPages.Page>();
    var listening = new Listening();
    try (var pages = new SignedInPages(target.chatNodePort(1))) {
      for (var load : loads) {
        long opening = System.nanoTime();
        int refusedBefore = pages.refused();
        open.addAll(room.grow(pages, load.clients(), listening::heard, open));
        int refused = pages.refused() - refusedBefore;
        System.out.printf(
            Locale.ROOT,
            "  m2 %s: %d pages open (%.0f s to sign up and open them; %d refused with 403)%n",
            room.getClass().getSimpleName(),
            open.size(),
            (System.nanoTime() - opening) / 1e9,
            refused);
        // Joining pages make noise of their own (who is online): let it pass before timing.
        Thread.sleep(2_000);
        var sender = open.get(0);
        if (!warmUp.isZero()) {
          listening.reset("warm", (int) (PER_SECOND * warmUp.toSeconds()), open.size());
          steady(sender, room, listening, (int) (PER_SECOND * warmUp.toSeconds()));
          listening.drained(DRAIN);
          warmUp = Duration.ZERO;
        }
        int messages = (int) (PER_SECOND * load.steady().toSeconds());
        listening.reset("s", messages, open.size());
        steady(sender, room, listening, messages);
        listening.drained(DRAIN);
        var steady = listening.results();
        listening.reset("b", load.burst(), open.size());
        long start = System.nanoTime();
        for (int i = 0; i < load.burst(); i++) {
          listening.sent(i);
          sender.send(room.frame(listening.text(i)));
        }
        listening.drained(DRAIN);
        double seconds = (listening.lastArrival() - start) / 1e9;
        double fanOut = listening.deliveries() / seconds;
        sides.put(
            load,
            new Side(
                steady.last(),
                steady.first(),
                steady.each(),
                fanOut,
                steady.missing() + listening.results().missing(),
                refused));
      }
    } finally {
      SignedInPages.closeAll(open);
    }
    return sides;
  }

  private static void steady(
      SignedInPages.Page sender, Room room, Listening listening, int messages) throws Exception {
    long period = 1_000_000_000L / PER_SECOND;
    long start = System.nanoTime();
    for (int i = 0; i < messages; i++) {
      long due = start + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      listening.sent(i);
      sender.send(room.frame(listening.text(i)));
    }
  }

  /**
   * Every page's arrivals of the current round's messages: each message's text is {@code
   * <round>#<n>#}, found in the finchat frame and the baseline's alike.
   */
  static final class Listening {
    private volatile Round round;

    void reset(String name, int messages, int pages) {
      round = new Round(name + UUID.randomUUID().toString().substring(0, 4), messages, pages);
    }

    String text(int message) {
      return round.name + "#" + message + "#";
    }

    void sent(int message) {
      round.sentAt.set(message, System.nanoTime());
    }

    void heard(int page, CharSequence frame, long now) {
      var current = round;
      if (current == null) {
        return;
      }
      int message = current.messageIn(frame);
      if (message < 0) {
        return;
      }
      long sent = current.sentAt.get(message);
      current.each.record(Duration.ofNanos(now - sent));
      current.first.accumulateAndGet(message, now, (a, b) -> a == 0 ? b : Math.min(a, b));
      current.last.accumulateAndGet(message, now, Math::max);
      current.received.incrementAndGet(message);
      current.deliveries.incrementAndGet(0);
    }

    void drained(Duration patience) throws InterruptedException {
      long deadline = System.nanoTime() + patience.toNanos();
      var current = round;
      while (System.nanoTime() < deadline
          && current.deliveries.get(0) < (long) current.messages * current.pages) {
        Thread.sleep(20);
      }
    }

    long deliveries() {
      return round.deliveries.get(0);
    }

    long lastArrival() {
      long last = 0;
      for (int i = 0; i < round.messages; i++) {
        last = Math.max(last, round.last.get(i));
      }
      return last;
    }

    /** A message reached every page: its first and last arrival count; otherwise it failed. */
    Round.Results results() {
      var current = round;
      var last = new Latencies();
      var first = new Latencies();
      long missing = 0;
      for (int i = 0; i < current.messages; i++) {
        long sent = current.sentAt.get(i);
        if (current.received.get(i) >= current.pages) {
          last.record(Duration.ofNanos(current.last.get(i) - sent));
          first.record(Duration.ofNanos(current.first.get(i) - sent));
        } else {
          last.fail();
          first.fail();
          missing += current.pages - current.received.get(i);
        }
      }
      return new Round.Results(last, first, current.each, missing);
    }
  }

  /** One round of messages: when each was sent and arrived first and last, and how often. */
  static final class Round {
    record Results(Latencies last, Latencies first, Latencies each, long missing) {}

    final String name;
    final int messages;
    final int pages;
    final AtomicLongArray sentAt;
    final AtomicLongArray first;
    final AtomicLongArray last;
    final AtomicIntegerArray received;
    final AtomicLongArray deliveries = new AtomicLongArray(1);
    final Latencies each = new Latencies();

    Round(String name, int messages, int pages) {
      this.name = name;
      this.messages = messages;
      this.pages = pages;
      sentAt = new AtomicLongArray(messages);
      first = new AtomicLongArray(messages);
      last = new AtomicLongArray(messages);
      received = new AtomicIntegerArray(messages);
    }

    /** The message number in {@code frame}, or -1 if it is not one of this round's. */
    int messageIn(CharSequence frame) {
      String text = frame.toString();
      int at = text.indexOf(name + "#");
      if (at < 0) {
        return -1;
      }
      int from = at + name.length() + 1;
      int to = text.indexOf('#', from);
      try {
        int message = Integer.parseInt(text, from, to, 10);
        return message < messages ? message : -1;
      } catch (RuntimeException e) {
        return -1;
      }
    }
  }

  /** finchat: signed-in pages of one fresh room, the first of which creates it. */
  static final class ChatRoom implements Room {
    private final int port;
    private final String run;
    private final String room;

    ChatRoom(int port, String run) {
      this.port = port;
      this.run = run;
      this.room = "bench-m2-" + run;
    }

    @Override
    public List<SignedInPages.Page> grow(
        SignedInPages pages, int total, SignedInPages.Heard heard, List<SignedInPages.Page> open)
        throws Exception {
      if (open.isEmpty()) {
        var owner = new Visitor(port);
        owner.createAccount("m2o-" + run, "bench password " + run, "m2 owner");
        owner.submit(
            "/chat/", "rooms", Map.of("rooms:newRoom", room, "rooms:create", "Create room"));
      }
      int from = open.size();
      var cookies = pages.signUp("m2-" + run + "-" + from, total - from, "/chat/" + room + "/");
      var offset = new int[] {from};
      return pages.open(
          "/ws/chat/" + room,
          cookies,
          cookies.size(),
          (page, text, now) -> heard.frame(offset[0] + page, text, now),
          opened -> {});
    }

    @Override
    public String frame(String text) {
      return "{\"text\":\"" + text + "\"}";
    }
  }

  /** The baseline: the bare broadcast endpoint, no sign-in, raw text frames. */
  static final class BareEndpoint implements Room {
    static final String PATH = "/bench-baseline/ws/broadcast";

    private final int port;

    BareEndpoint(int port) {
      this.port = port;
    }

    @Override
    public List<SignedInPages.Page> grow(
        SignedInPages pages, int total, SignedInPages.Heard heard, List<SignedInPages.Page> open)
        throws Exception {
      return pages.open(PATH, null, total - open.size(), heard, opened -> {});
    }

    @Override
    public String frame(String text) {
      return text;
    }
  }

  private static Measurement measurement(Load load, Side chat, Side bare) {
    String name = "m2." + load.label();
    return new Measurement(
        name,
        "broadcast in one room of "
            + load.clients()
            + " signed-in pages: "
            + PER_SECOND
            + " messages/s from one of them for "
            + load.steady().toSeconds()
            + " s, each timed from its send to its arrival at the last page; fan-out: a burst of "
            + load.burst()
            + " messages sent back to back, deliveries/s until the last page has them all;"
            + " baseline: a bare Jakarta WebSocket broadcast endpoint in the same server",
        List.of(
            new Figure(
                name + ".last.p50",
                "ms",
                chat.last().percentileMillis(50),
                bare.last().percentileMillis(50),
                false),
            new Figure(
                name + ".last.p99",
                "ms",
                chat.last().percentileMillis(99),
                bare.last().percentileMillis(99),
                false),
            new Figure(
                name + ".each.p50",
                "ms",
                chat.each().percentileMillis(50),
                bare.each().percentileMillis(50),
                false),
            new Figure(name + ".fanout", "/s", chat.fanOut(), bare.fanOut(), true),
            Figure.refused(name, chat.refused(), bare.refused())),
        chat.last(),
        bare.last(),
        List.of(
            new Measurement.Hop(
                "first page",
                "send → the first page has it: WebSocket in, storing, the first write out",
                chat.first()),
            new Measurement.Hop(
                "each page", "send → each page has it (every delivery)", chat.each()),
            new Measurement.Hop(
                "last page", "send → the last page has it: the whole fan-out", chat.last()),
            new Measurement.Hop(
                "baseline first", "the bare endpoint: send → the first page", bare.first()),
            new Measurement.Hop(
                "baseline last", "the bare endpoint: send → the last page", bare.last())));
  }
}
