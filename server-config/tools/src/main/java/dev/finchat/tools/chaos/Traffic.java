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

  /** One user's open page. */
  private final class Page {
    final String user;
    final ChatClient client;
    final Deque<History.Asked> unconfirmed = new ArrayDeque<>();
    final Deque<History.Said> outstanding = new ArrayDeque<>();
    final List<String> notices = new ArrayList<>();
    final Map<String, History.Asked> byId = new ConcurrentHashMap<>();
    long lastSeq;

    Page(String user, ChatClient client) {
      this.user = user;
      this.client = client;
      client.onFrame(this::heard);
    }

    synchronized void heard(String frame) {
      Matcher kind = KIND.matcher(frame);
      if (!kind.find()) {
        return;
      }
      Matcher id = ID.matcher(frame);
      switch (kind.group(1)) {
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
      long number = Long.parseLong(seq.group(1));
      if (number < lastSeq) {
        history.outOfOrder.merge(user, 1, Integer::sum);
      }
      lastSeq = Math.max(lastSeq, number);
      var said = sent.get(author.group(1) + " " + text.group(1));
      if (said != null) {
        said.deliveries.merge(user, 1, Integer::sum);
        said.lastSeenNanos = System.nanoTime();
        if (said.author.equals(user)) {
          outstanding.remove(said);
        }
      }
    }

    private void refused(String frame) {
      if (frame.contains("saved") || frame.contains("message")) {
        // The page answers one frame at a time, in order: the refused one is the oldest of this
        // user's messages the room has not yet shown them.
        var said = outstanding.poll();
        if (said != null) {
          said.refused = true;
        }
      } else {
        var asked = unconfirmed.poll();
        if (asked != null) {
          asked.refused = true;
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
      var visitor = signedUp(run + "-" + i);
      pages.add(new Page(user, ChatClient.inRoom(port, visitor.sessionCookie(), room)));
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
    synchronized (from) {
      from.outstanding.add(said);
    }
    try {
      from.client.say(said.text);
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
    synchronized (page) {
      page.unconfirmed.add(asked);
    }
    try {
      page.client.say(command);
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
      String body =
          reader
              .get(
                  "/api/rooms/"
                      + URLEncoder.encode(room, StandardCharsets.UTF_8)
                      + "/messages?after="
                      + after)
              .body();
      Matcher seq = SEQ.matcher(body);
      Matcher author = AUTHOR.matcher(body);
      Matcher text = TEXT.matcher(body);
      int found = 0;
      while (seq.find() && author.find() && text.find()) {
        stored.add(author.group(1) + " " + text.group(1));
        after = Math.max(after, Long.parseLong(seq.group(1)));
        found++;
      }
      if (found == 0) {
        return stored;
      }
    }
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
    return (int) pages.stream().filter(page -> !page.client.isOpen()).count();
  }

  @Override
  public void close() {
    pages.forEach(page -> page.client.close());
  }
}
