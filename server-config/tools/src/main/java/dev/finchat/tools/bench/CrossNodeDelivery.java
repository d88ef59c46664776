package dev.finchat.tools.bench;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * x1 (scale-out): a chat message's delivery to a page on another chat node — WebSocket frame out on
 * node 1, through storage and the broker's room topic, frame in on node 2 — at a fixed rate. Its
 * baseline is the same message's delivery to a page on node 1 itself: what crossing nodes adds is
 * the difference.
 */
final class CrossNodeDelivery {

  private static final Duration DRAIN = Duration.ofSeconds(10);

  /** Messages a second each sending user sends: well within what one person may. */
  private static final int SENDS_PER_USER = 2;

  private CrossNodeDelivery() {}

  static Measurement measure(Target target, int perSecond, Duration duration) throws Exception {
    if (target.chatNodes() < 2) {
      throw new IllegalArgumentException(
          "x1 needs two chat nodes: ./finchat up --db … --chat-nodes 2, then ./finchat bench x1");
    }
    String run = "xnode-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    var otherNode = new Latencies();
    var sameNode = new Latencies();
    var pages = new ArrayList<ChatClient>();
    try {
      // A person may send a few messages a second (FINCHAT_MESSAGE_LIMIT): the load comes from
      // many.
      var senders = new ArrayList<ChatClient>();
      for (int i = 0; i < Math.max(1, perSecond / SENDS_PER_USER); i++) {
        senders.add(page(target.chatNodePort(1), run + "-s" + i, pages));
      }
      listen(page(target.chatNodePort(1), run + "-a", pages), run, sentAt, sameNode);
      listen(page(target.chatNodePort(2), run + "-b", pages), run, sentAt, otherNode);
      int messages = (int) (perSecond * duration.toSeconds());
      var clock = Executors.newSingleThreadScheduledExecutor();
      var sent = new java.util.concurrent.CountDownLatch(messages);
      var next = new java.util.concurrent.atomic.AtomicInteger();
      clock.scheduleAtFixedRate(
          () -> {
            int i = next.getAndIncrement();
            if (i >= messages) {
              return;
            }
            String text = run + "-" + i;
            sentAt.put(text, System.nanoTime());
            try {
              senders.get(i % senders.size()).say(text);
            } catch (Exception e) {
              otherNode.fail();
              sameNode.fail();
            }
            sent.countDown();
          },
          0,
          1_000_000_000L / perSecond,
          TimeUnit.NANOSECONDS);
      sent.await();
      clock.shutdownNow();
      long deadline = System.nanoTime() + DRAIN.toNanos();
      while (otherNode.count() + sameNode.count() < 2 * messages && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      for (int i = otherNode.count(); i < messages; i++) {
        otherNode.fail();
      }
      for (int i = sameNode.count(); i < messages; i++) {
        sameNode.fail();
      }
    } finally {
      pages.forEach(ChatClient::close);
    }
    String name = "x1." + perSecond + "/s";
    return new Measurement(
        name,
        "a chat message from a page on chat node 1 to a page on chat node 2, "
            + perSecond
            + " messages/s for "
            + duration.toSeconds()
            + " s; baseline: the same message to a page on node 1",
        List.of(
            new Figure(
                name + ".p50",
                "ms",
                otherNode.percentileMillis(50),
                sameNode.percentileMillis(50),
                false),
            new Figure(
                name + ".p99",
                "ms",
                otherNode.percentileMillis(99),
                sameNode.percentileMillis(99),
                false)),
        otherNode,
        sameNode,
        List.of());
  }

  private static ChatClient page(int port, String username, List<ChatClient> pages)
      throws Exception {
    var visitor = new Visitor(port);
    visitor.createAccount(username, "bench password " + username, username);
    var page = new ChatClient(port, visitor.sessionCookie());
    pages.add(page);
    return page;
  }

  private static final Pattern TEXT = Pattern.compile("\"text\":\"([^\"]+)\"");

  private static void listen(
      ChatClient page, String run, Map<String, Long> sentAt, Latencies latencies) {
    Consumer<String> heard =
        frame -> {
          long now = System.nanoTime();
          if (!frame.contains("\"kind\":\"message\"")) {
            return;
          }
          var text = TEXT.matcher(frame);
          if (text.find() && text.group(1).startsWith(run + "-")) {
            Long sent = sentAt.get(text.group(1));
            if (sent != null) {
              latencies.record(Duration.ofNanos(now - sent));
            }
          }
        };
    page.onFrame(heard);
  }
}
