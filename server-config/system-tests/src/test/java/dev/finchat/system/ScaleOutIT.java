package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * finchat scaled out with {@code ./finchat up --chat-nodes 2 --bot-nodes 2} on PostgreSQL and the
 * configured broker (RabbitMQ in CI): one set of rooms whichever node a user is on, answers on the
 * asking node only, bot nodes that share the load and lose nothing when one stops, and an
 * administrator's action on one chat node that signs its person out on the other.
 */
class ScaleOutIT {

  private static final Pattern MESSAGE =
      Pattern.compile("\"seq\":(\\d+).*\"text\":\"(scale-[^\"]+)\"");

  /** The system's first administrator, made once by whichever test needs one first. */
  private static final String ADMIN = someone("root");

  private static final String ADMIN_PASSWORD = "scale out administrator's password";

  private static final Pattern TEMPORARY_PASSWORD =
      Pattern.compile("with the temporary password (\\S+) ");

  private static RunningSystem system;
  private static String adminCreated;
  private static boolean adminPasswordChosen;

  @BeforeAll
  static void scaledOut() {
    system = TestSystem.system("scaled");
  }

  private static Visitor member(int port, String name) throws Exception {
    var visitor = new Visitor(port);
    visitor.createAccount(name, "scale out password " + name, name);
    return visitor;
  }

  private static String someone(String name) {
    return name + UUID.randomUUID().toString().substring(0, 6);
  }

  /** The next frame of {@code kind} that mentions {@code text}, or null within 15 s. */
  private static String awaitFrame(ChatClient page, String kind, String text) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      String frame = page.nextOfKind(kind, Duration.ofMillis(500));
      if (frame != null && frame.contains(text)) {
        return frame;
      }
    }
    return null;
  }

  /** The marked messages a page received, as "seq text", in the order it received them. */
  private static List<String> received(ChatClient page, String run, int count) throws Exception {
    var seen = new ArrayList<String>();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (seen.size() < count && System.nanoTime() < deadline) {
      String frame = page.nextOfKind("message", Duration.ofMillis(500));
      if (frame != null && frame.contains(run)) {
        var message = MESSAGE.matcher(frame);
        assertTrue(message.find(), frame);
        seen.add(message.group(1) + " " + message.group(2));
      }
    }
    return seen;
  }

  @Test
  void theFirstAdministratorIsCreatedWhicheverNodeTheProxyWouldPickNext() throws Exception {
    String said = firstAdministrator();

    assertTrue(said.contains("Created the administrator " + ADMIN), said);
  }

  /**
   * What {@code ./finchat admin create} said when it made the system's one first administrator,
   * through the proxy just after it sent a request to chat-1 (once, whichever test asks first).
   */
  private static synchronized String firstAdministrator() throws Exception {
    if (adminCreated == null) {
      // Round robin: right after the proxy sent a request to chat-1 it sends the next one to
      // chat-2, which does not hold the one-time secret chat-1 wrote.
      var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int tries = 0; tries < 4 && !nodeThroughTheProxy(http).equals("chat-1"); tries++) {}
      adminCreated = system.run(Duration.ofMinutes(1), "admin", "create", ADMIN);
    }
    return adminCreated;
  }

  /** The first administrator, signed in on chat node {@code node} with a password of their own. */
  private static synchronized Visitor administratorOn(int node) throws Exception {
    if (!adminPasswordChosen) {
      var printed = TEMPORARY_PASSWORD.matcher(firstAdministrator());
      assertTrue(printed.find(), adminCreated);
      var first = new Visitor(system.chatNodePort(node));
      var landed = Administrators.signIn(first, ADMIN, printed.group(1));
      assertEquals("/change-password/", landed.uri().getPath(), landed.body());
      Administrators.choosePassword(first, printed.group(1), ADMIN_PASSWORD);
      adminPasswordChosen = true;
    }
    var admin = new Visitor(system.chatNodePort(node));
    Administrators.signIn(admin, ADMIN, ADMIN_PASSWORD);
    return admin;
  }

  /** A visitor signed in on chat node {@code node} only, its requests never through the proxy. */
  private static Visitor signedInOn(int node, String username, String password) throws Exception {
    var visitor = new Visitor(system.chatNodePort(node));
    var landed = Administrators.signIn(visitor, username, password);
    assertEquals("/chat/", landed.uri().getPath(), landed.body());
    return visitor;
  }

  @Test
  void aPersonDisabledOnOneNodeIsSignedOutOnTheOther() throws Exception {
    String ivy = someone("ivy");
    String password = "scale out password " + ivy;
    var onOne = member(system.chatNodePort(1), ivy);
    var onTwo = signedInOn(2, ivy, password);
    var admin = administratorOn(1);

    try (var pageOnTwo = new ChatClient(system.chatNodePort(2), onTwo.sessionCookie())) {
      var done = Administrators.press(admin, "disable", ivy);
      assertTrue(
          done.body().contains(ivy + " is disabled and signed out everywhere."), done.body());

      assertEquals(
          "1008 Your account was disabled by an administrator.",
          pageOnTwo.awaitClosedByServer(Duration.ofSeconds(10)),
          "her page on node 2 is closed and says why");
    }
    // Her browsers still hold the sign-in cookie: neither node may sign her in with it.
    assertEquals("/login/", onTwo.get("/chat/").uri().getPath(), "node 2 sends her to sign in");
    assertEquals("/login/", onOne.get("/chat/").uri().getPath(), "node 1 too");
    var again = Administrators.signIn(new Visitor(system.chatNodePort(2)), ivy, password);
    assertTrue(again.body().contains("Your account is disabled."), again.body());
  }

  @Test
  void aNodeThatHearsNoSignOutFindsTheDisabledAccountWithinHalfAMinute() throws Exception {
    // Disabled in the database behind the nodes' backs: no node publishes a notice, as when the
    // broker loses it. Kim has a chat page open, Lou only a session.
    String kim = someone("kim");
    String lou = someone("lou");
    var kimOnTwo = member(system.chatNodePort(2), kim);
    var louOnTwo = member(system.chatNodePort(2), lou);
    assertEquals("/chat/", louOnTwo.get("/chat/").uri().getPath());

    try (var kimsPage = new ChatClient(system.chatNodePort(2), kimOnTwo.sessionCookie())) {
      for (String name : List.of(kim, lou)) {
        assertEquals(
            1,
            PostgresDatabase.update(
                system.databaseUrl.orElseThrow(),
                "UPDATE accounts SET enabled = FALSE, version = version + 1 WHERE username_key = ?",
                name.toLowerCase(Locale.ROOT)));
      }
      long disabled = System.nanoTime();

      assertEquals(
          "1008 Your account was disabled by an administrator.",
          kimsPage.awaitClosedByServer(Duration.ofSeconds(45)),
          "her open page is closed within the check's 30 s");
      String landed = louOnTwo.get("/chat/").uri().getPath();
      while (landed.equals("/chat/")
          && System.nanoTime() - disabled < Duration.ofSeconds(45).toNanos()) {
        Thread.sleep(1000);
        landed = louOnTwo.get("/chat/").uri().getPath();
      }
      assertEquals("/login/", landed, "his session is ended within the check's 30 s");
    }
  }

  @Test
  void aPersonWhosePasswordIsResetOnOneNodeIsSignedOutOnTheOther() throws Exception {
    String jay = someone("jay");
    String password = "scale out password " + jay;
    member(system.chatNodePort(1), jay);
    var onTwo = signedInOn(2, jay, password);
    var admin = administratorOn(1);
    String temporary;

    try (var pageOnTwo = new ChatClient(system.chatNodePort(2), onTwo.sessionCookie())) {
      temporary =
          Administrators.temporaryPassword(Administrators.press(admin, "reset", jay).body());

      assertEquals(
          "1008 An administrator reset your password."
              + " Sign in with the temporary one you were given.",
          pageOnTwo.awaitClosedByServer(Duration.ofSeconds(10)),
          "his page on node 2 is closed and says why");
    }
    assertEquals("/login/", onTwo.get("/chat/").uri().getPath(), "node 2 sends him to sign in");
    var old = Administrators.signIn(new Visitor(system.chatNodePort(2)), jay, password);
    assertTrue(old.body().contains("Wrong username or password."), "node 2 forgot the old one");
    var withTemporary = new Visitor(system.chatNodePort(2));
    assertEquals(
        "/change-password/",
        Administrators.signIn(withTemporary, jay, temporary).uri().getPath(),
        "node 2 takes the temporary password, and only to choose another");
  }

  /** The chat node the proxy sent an anonymous request to, as the node cookie it set says. */
  private static String nodeThroughTheProxy(HttpClient http) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(system.url("/login/"))).build(),
            HttpResponse.BodyHandlers.discarding());
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("FINCHAT_CHAT_NODE="))
        .map(cookie -> cookie.substring("FINCHAT_CHAT_NODE=".length()).split(";")[0])
        .findFirst()
        .orElse("");
  }

  @Test
  void usersOnDifferentChatNodesSeeEachOthersMessagesInOneOrder() throws Exception {
    var alice = member(system.chatNodePort(1), someone("alice"));
    var bob = member(system.chatNodePort(2), someone("bob"));
    var carol = member(system.chatPort, someone("carol")); // through the proxy
    String run = "scale-" + UUID.randomUUID().toString().substring(0, 8);
    try (var onOne = new ChatClient(system.chatNodePort(1), alice.sessionCookie());
        var onTwo = new ChatClient(system.chatNodePort(2), bob.sessionCookie());
        var throughProxy = new ChatClient(system.chatPort, carol.cookies())) {
      for (int i = 0; i < 20; i++) {
        (i % 2 == 0 ? onOne : onTwo).say(run + "-" + i);
      }
      var seenOnOne = received(onOne, run, 20);
      var seenOnTwo = received(onTwo, run, 20);
      var seenThroughProxy = received(throughProxy, run, 20);
      assertEquals(20, seenOnOne.size(), "node 1 saw " + seenOnOne);
      assertEquals(20, new HashSet<>(seenOnOne).size(), "each message once: " + seenOnOne);
      assertEquals(seenOnOne, seenOnTwo, "both nodes show one order");
      assertEquals(seenOnOne, seenThroughProxy, "the proxy's node shows the same order");
      long previous = 0;
      for (String message : seenOnOne) {
        long seq = Long.parseLong(message.substring(0, message.indexOf(' ')));
        assertEquals(previous == 0 ? seq : previous + 1, seq, "gap-free numbers: " + seenOnOne);
        previous = seq;
      }
    }
  }

  /**
   * A message deleted on one node: the other node's pages are told, and its history, which had the
   * message in its cache, shows it deleted.
   */
  @Test
  void aMessageItsAuthorDeletesOnOneNodeIsDeletedOnTheOther() throws Exception {
    var author = someone("dina");
    var dina = member(system.chatNodePort(1), author);
    var eli = member(system.chatNodePort(2), someone("eli"));
    String run = "scale-" + UUID.randomUUID().toString().substring(0, 8);
    try (var onOne = new ChatClient(system.chatNodePort(1), dina.sessionCookie());
        var onTwo = new ChatClient(system.chatNodePort(2), eli.sessionCookie())) {
      onOne.say(run + " taken back");
      String seen = received(onTwo, run, 1).get(0);
      String seq = seen.substring(0, seen.indexOf(' '));
      String page = "/api/rooms/lobby/messages?after=" + (Long.parseLong(seq) - 1);
      // Node 2 reads it, and so holds it in its cache.
      assertTrue(eli.get(page).body().contains(run + " taken back"));

      assertEquals(204, dina.delete("/api/rooms/lobby/messages/" + seq).statusCode());

      String told = onTwo.nextOfKind("retracted", Duration.ofSeconds(15));
      assertNotNull(told, "node 2's page was not told");
      assertTrue(told.contains("\"seq\":" + seq), told);
      String after = eli.get(page).body();
      assertFalse(after.contains(run + " taken back"), after);
      assertTrue(after.contains("\"deleted\":true"), after);
    }
  }

  @Test
  void whoIsOnlineAndWhoIsTypingCrossNodes() throws Exception {
    String gina = someone("gina");
    String hank = someone("hank");
    var onOne =
        new ChatClient(
            system.chatNodePort(1), member(system.chatNodePort(1), gina).sessionCookie());
    try (onOne) {
      try (var onTwo =
          new ChatClient(
              system.chatNodePort(2), member(system.chatNodePort(2), hank).sessionCookie())) {
        assertNotNull(awaitFrame(onOne, "presence", "\"" + hank + "\""), "node 1 lists hank");
        assertNotNull(awaitFrame(onTwo, "presence", "\"" + gina + "\""), "node 2 lists gina");
        onTwo.sendTyping();
        assertNotNull(awaitFrame(onOne, "typing", hank), "node 1 hears that hank types");
      }
      String after = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (System.nanoTime() < deadline && (after == null || after.contains(hank))) {
        after = onOne.nextOfKind("presence", Duration.ofMillis(500));
      }
      assertNotNull(after, "node 1 heard no presence after hank left");
      assertTrue(!after.contains(hank) && after.contains(gina), after);
    }
  }

  @Test
  void aCommandAskedOnOneNodeIsAnsweredThereOnly() throws Exception {
    var asker = member(system.chatNodePort(2), someone("dave"));
    var neighbour = member(system.chatNodePort(1), someone("erin"));
    try (var onTwo = new ChatClient(system.chatNodePort(2), asker.sessionCookie());
        var onOne = new ChatClient(system.chatNodePort(1), neighbour.sessionCookie())) {
      onTwo.say("/stock=AAPL.US");
      String answer = onTwo.nextOfKind("bot", Duration.ofSeconds(30));
      assertNotNull(answer, "no answer on the asking node");
      assertTrue(answer.contains("AAPL.US quote is $232.87 per share."), answer);
      assertNull(onOne.nextOfKind("bot", Duration.ofSeconds(2)), "the other node saw an answer");
    }
  }

  @Test
  void stoppingOneBotNodeOfTwoLosesNoCommand() throws Exception {
    var asker = member(system.chatNodePort(1), someone("frank"));
    int commands = 40;
    var answers = new ArrayList<String>();
    try (var page = new ChatClient(system.chatNodePort(1), asker.sessionCookie())) {
      Thread stopper = null;
      for (int i = 0; i < commands; i++) {
        page.say("/stock=AAPL.US");
        if (i == commands / 4) {
          stopper = new Thread(() -> stop("bot-1"));
          stopper.start();
        }
        Thread.sleep(100);
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
      while (answers.size() < commands && System.nanoTime() < deadline) {
        String answer = page.nextOfKind("bot", Duration.ofSeconds(1));
        if (answer != null) {
          answers.add(answer);
        }
      }
      stopper.join();
      assertNull(page.nextOfKind("bot", Duration.ofSeconds(2)), "an answer came twice");
    } finally {
      system.run(Duration.ofMinutes(4), "start", "bot-1");
    }
    assertEquals(commands, answers.size(), "every command answered once: " + answers);
    answers.forEach(
        answer -> assertTrue(answer.contains("AAPL.US quote is $232.87 per share."), answer));
  }

  private static void stop(String part) {
    try {
      system.run(Duration.ofMinutes(1), "stop", part);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
