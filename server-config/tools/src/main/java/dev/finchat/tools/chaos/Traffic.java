package dev.finchat.tools.chaos;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in users in one fresh room, each with an open chat page, sending chat messages and
 * commands as people do, and recording in a {@link History} every frame their pages receive.
 */
final class Traffic implements AutoCloseable {

  private static final Pattern KIND = Pattern.compile("\"kind\":\"(\\w+)\"");
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
  private static final Pattern AUTHOR = Pattern.compile("\"author\":\"([^\"]*)\"");
  private static final Pattern TEXT = Pattern.compile("\"text\":\"([^\"]*)\"");
  private static final Pattern UNSENT = Pattern.compile("\"unsent\":\"([^\"]*)\"");

  /**
   * One user's open page. Like the real page (chat.js), it reconnects when its connection drops,
   * loads what it missed by sequence number before showing live frames again, tells its user which
   * of their messages were not stored and which commands will not be answered, and shows each
   * stored message once.
   */
  private final class Page {
    final String user;
    final Visitor visitor;
    volatile ChatClient client;
    final Deque<History.Asked> unconfirmed = new ArrayDeque<>();
    final Deque<History.Said> outstanding = new ArrayDeque<>();
    final List<String> notices = new ArrayList<>();
    final Map<String, History.Asked> byId = new ConcurrentHashMap<>();
    final Set<Long> shown = new HashSet<>();
    long lastSeq;

    /** Live frames that arrived while the page was loading what it missed, in order. */
    List<String> held;

    volatile boolean closing;

    /** Whether the page has a connection now. */
    boolean online() {
      var now = client;
      return now != null && now.isOpen();
    }

    /** Counted down by the first presence frame: the node has the page in the room. */
    final CountDownLatch inRoom = new CountDownLatch(1);

    Page(String user, Visitor visitor) throws Exception {
      this.user = user;
      this.visitor = visitor;
      attach(ChatClient.inRoom(port, visitor.cookies(), room));
    }

    private void attach(ChatClient opened) {
      client = opened;
      opened.onFrame(
          frame -> {
            if (opened == client) {
              heard(frame);
            }
          });
      opened.onGone(() -> dropped(opened));
    }

    /** Whatever went out on the connection that died will not be answered there. */
    private void forgetOwed() {
      unconfirmed.forEach(asked -> asked.refused = true);
      unconfirmed.clear();
      byId.values().stream()
          .filter(asked -> asked.answers.isEmpty())
          .forEach(asked -> asked.refused = true);
    }

    /**
     * The connection went down: what it still owed this user is lost with it, and they are told.
     */
    private void dropped(ChatClient gone) {
      if (closing || gone != client) {
        return;
      }
      synchronized (this) {
        reconnects.incrementAndGet();
        forgetOwed();
      }
      // Closed for flooding, the page waits as chat.js does before it tries again.
      boolean flooding = gone.closeCode() == FLOODING;
      if (flooding) {
        closedForFlooding.incrementAndGet();
      }
      var reconnecting = new Thread(() -> reconnect(flooding ? 10_000 : 500), "reconnect " + user);
      reconnecting.setDaemon(true);
      reconnecting.start();
    }

    private void reconnect(long firstDelay) {
      long delay = firstDelay;
      while (!closing) {
        try {
          Thread.sleep(delay);
          var opened = ChatClient.inRoom(port, visitor.cookies(), room);
          synchronized (this) {
            held = new ArrayList<>();
            // Sent on the dead connection after it was noticed: no answer will come there either.
            forgetOwed();
            attach(opened);
          }
          try {
            catchUp();
            return;
          } catch (Exception e) {
            synchronized (this) {
              held = null;
              client = null;
            }
            opened.close();
            throw e;
          }
        } catch (InterruptedException e) {
          return;
        } catch (Exception stillDown) {
          delay = Math.min(delay * 2, 5_000);
        }
      }
    }

    /** Loads every stored message after the last one shown, then the live frames held meanwhile. */
    private void catchUp() throws Exception {
      while (true) {
        long after;
        synchronized (this) {
          after = lastSeq;
        }
        var page = storedAfter(visitor, after);
        synchronized (this) {
          page.forEach(message -> delivered(message.seq, message.author, message.text));
        }
        if (page.isEmpty()) {
          break;
        }
      }
      synchronized (this) {
        var live = held;
        held = null;
        live.forEach(this::heard);
        // Sent before the drop and not in the room: never stored, and the page says "Not sent".
        outstanding.forEach(said -> said.refused = true);
        outstanding.clear();
      }
    }

    synchronized void heard(String frame) {
      if (held != null) {
        held.add(frame);
        return;
      }
      Matcher kind = KIND.matcher(frame);
      if (!kind.find()) {
        return;
      }
      Matcher id = ID.matcher(frame);
      switch (kind.group(1)) {
        case "presence" -> inRoom.countDown();
        case "message" -> delivered(frame);
        case "pending" -> {
          var asked = unconfirmed.poll();
          if (asked != null && id.find()) {
            asked.id = id.group(1);
            byId.put(asked.id, asked);
          }
        }
        case "bot" -> {
          if (id.find() && byId.containsKey(id.group(1))) {
            var asked = byId.get(id.group(1));
            if (asked.answers.isEmpty()) {
              asked.answeredAtNanos = System.nanoTime();
            }
            asked.answers.add(frame);
          }
        }
        case "notice" -> {
          if (notices.size() < 20) {
            notices.add(frame);
          }
          if (frame.contains("\"error\":true")) {
            refused(frame);
          }
        }
        default -> {}
      }
    }

    private void delivered(String frame) {
      Matcher seq = SEQ.matcher(frame);
      Matcher author = AUTHOR.matcher(frame);
      Matcher text = TEXT.matcher(frame);
      if (!seq.find() || !author.find() || !text.find()) {
        return;
      }
      delivered(Long.parseLong(seq.group(1)), author.group(1), text.group(1));
    }

    private void delivered(long number, String author, String text) {
      if (!shown.add(number)) {
        return; // seen live and again in the catch-up: the page shows it once
      }
      if (number < lastSeq) {
        history.outOfOrder(user, number, lastSeq);
      }
      lastSeq = Math.max(lastSeq, number);
      var said = sent.get(author + " " + text);
      if (said != null) {
        said.deliveries.merge(user, 1, Integer::sum);
        said.seenAtNanos.putIfAbsent(user, System.nanoTime());
        if (said.author.equals(user)) {
          outstanding.remove(said);
        }
      }
    }

    private void refused(String frame) {
      Matcher unsent = UNSENT.matcher(frame);
      if (unsent.find()) {
        // The refusal names the message it refuses.
        var said = sent.get(user + " " + unsent.group(1));
        if (said != null) {
          said.refused = true;
          outstanding.remove(said);
        }
      } else {
        var asked = unconfirmed.poll();
        if (asked != null) {
          asked.refused = true;
          asked.answers.add(frame); // what the user was told, for the scenario's file
        }
      }
    }
  }

  final History history = new History();
  private final Map<String, History.Said> sent = new ConcurrentHashMap<>();
  private final List<Page> pages = new ArrayList<>();
  private final Visitor reader;
  private final String room;
  private final int port;
  private final int speakers;

  /** The close code of a page closed for flooding its room (ChatEndpoint.FLOODING). */
  static final int FLOODING = 4429;

  private final java.util.concurrent.atomic.AtomicInteger closedForFlooding =
      new java.util.concurrent.atomic.AtomicInteger();

  private final java.util.concurrent.atomic.AtomicInteger reconnects =
      new java.util.concurrent.atomic.AtomicInteger();

  Traffic(int port, String run, int users) throws Exception {
    this(port, run, users, 0);
  }

  /**
   * {@code users} who chat and ask at the rates the scenario drives, and {@code others} who don't.
   */
  Traffic(int port, String run, int users, int others) throws Exception {
    this.port = port;
    this.speakers = users;
    room = "chaos-" + run;
    reader = signedUp(run + "-reader");
    reader.submit("/chat/", "rooms", Map.of("rooms:newRoom", room, "rooms:create", "Create room"));
    for (int i = 0; i < users + others; i++) {
      String user = "chaos-" + run + "-" + i;
      pages.add(new Page(user, signedUp(run + "-" + i)));
    }
    // A page's socket is open before the node has put it in the room (its @OnOpen runs after the
    // handshake): a message said in between would pass it by, and count as lost. The room's
    // presence frame reaches only pages in it.
    for (var page : pages) {
      if (!page.inRoom.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException(page.user + "'s page was never told who is in the room");
      }
    }
  }

  private Visitor signedUp(String name) throws Exception {
    var visitor = new Visitor(port);
    visitor.createAccount("chaos-" + name, "chaos password " + name, "Chaos " + name);
    return visitor;
  }

  int pages() {
    return pages.size();
  }

  /** User {@code n % users} says something in the room. */
  void say(int n) {
    say(n % speakers, "message " + n);
  }

  /** The user of page {@code page} says {@code text}, which must be unique in the run. */
  void say(int page, String text) {
    var from = pages.get(page);
    var said = new History.Said(from.user, text, System.currentTimeMillis());
    sent.put(said.author + " " + said.text, said);
    history.said.add(said);
    ChatClient via;
    synchronized (from) {
      from.outstanding.add(said);
      via = from.client;
    }
    try {
      if (via == null) {
        throw new IllegalStateException("offline");
      }
      via.say(said.text);
    } catch (Exception e) {
      synchronized (from) {
        from.outstanding.remove(said);
      }
      said.refused = true; // the page could not even send it: the user sees it fail
    }
  }

  /** User {@code n % users} asks a bot. */
  void ask(int n, String command) {
    var page = pages.get(n % speakers);
    var asked = new History.Asked(page.user, command, System.currentTimeMillis());
    history.asked.add(asked);
    ChatClient via;
    synchronized (page) {
      page.unconfirmed.add(asked);
      via = page.client;
    }
    try {
      if (via == null) {
        throw new IllegalStateException("offline");
      }
      via.say(command);
    } catch (Exception e) {
      synchronized (page) {
        page.unconfirmed.remove(asked);
      }
      asked.refused = true;
    }
  }

  /** Every message the room stored, as "author text", read back from the history API. */
  Set<String> stored() throws Exception {
    Set<String> stored = new HashSet<>();
    long after = 0;
    while (true) {
      var page = storedAfter(reader, after);
      if (page.isEmpty()) {
        return stored;
      }
      for (var message : page) {
        stored.add(message.author + " " + message.text);
        after = Math.max(after, message.seq);
      }
    }
  }

  record Stored(long seq, String author, String text) {}

  /**
   * One page of the room's stored messages after {@code after}, oldest first, as {@code who} sees
   * it.
   */
  private List<Stored> storedAfter(Visitor who, long after) throws Exception {
    var response =
        who.get(
            "/api/rooms/"
                + URLEncoder.encode(room, StandardCharsets.UTF_8)
                + "/messages?after="
                + after);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the history answered " + response.statusCode());
    }
    String body = response.body();
    Matcher seq = SEQ.matcher(body);
    Matcher author = AUTHOR.matcher(body);
    Matcher text = TEXT.matcher(body);
    var found = new ArrayList<Stored>();
    while (seq.find() && author.find() && text.find()) {
      found.add(new Stored(Long.parseLong(seq.group(1)), author.group(1), text.group(1)));
    }
    found.sort(java.util.Comparator.comparingLong(Stored::seq));
    return found;
  }

  /** How many times a page lost its connection and went about reconnecting. */
  int reconnects() {
    return reconnects.get();
  }

  /** The user of page {@code page}. */
  String user(int page) {
    return pages.get(page).user;
  }

  /** The notices page {@code page} was shown (the first 20). */
  List<String> notices(int page) {
    synchronized (pages.get(page)) {
      return List.copyOf(pages.get(page).notices);
    }
  }

  /** How many of page {@code page}'s messages the room has neither shown it nor refused yet. */
  int outstanding(int page) {
    synchronized (pages.get(page)) {
      return pages.get(page).outstanding.size();
    }
  }

  /** How many pages lost their connection. */
  int disconnected() {
    return (int) pages.stream().filter(page -> !page.online()).count();
  }

  /** Pages other than {@code page} without a connection now. */
  int disconnectedBut(int page) {
    var but = pages.get(page);
    return (int) pages.stream().filter(other -> other != but && !other.online()).count();
  }

  /** Whether page {@code page} has a connection now. */
  boolean online(int page) {
    return pages.get(page).online();
  }

  /** How many times the node closed a page for flooding its room. */
  int closedForFlooding() {
    return closedForFlooding.get();
  }

  @Override
  public void close() {
    pages.forEach(
        page -> {
          page.closing = true;
          if (page.client != null) {
            page.client.close();
          }
        });
  }
}
