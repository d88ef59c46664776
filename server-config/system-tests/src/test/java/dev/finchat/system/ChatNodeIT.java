package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.rooms.control.Rooms;
import dev.finchat.chat.rooms.entity.ChatMessage;
import dev.finchat.chat.users.boundary.AccountIdentityStore;
import dev.finchat.chat.users.control.AccountRefused;
import dev.finchat.chat.users.control.Accounts;
import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat node as deployed ({@code chat.war} on Payara Micro with the AMQP adapter): accounts and
 * password hashing inside the container, and who may open which page from outside.
 */
@ExtendWith(ArquillianExtension.class)
class ChatNodeIT {

  @Deployment
  static WebArchive chat() {
    return ShrinkWrap.create(ZipImporter.class, "chat.war")
        .importFrom(new File(TestSystem.deployDir(), "chat.war"))
        .as(WebArchive.class)
        .addClasses(ChatNodeIT.class, Visitor.class, ChatClient.class, TestSystem.class);
  }

  @ArquillianResource URL base;

  @Inject Accounts accounts;
  @Inject AccountIdentityStore identityStore;
  @Inject MessageHistory history;
  @Inject Rooms rooms;

  // Inside the container.

  @Test
  void storesPasswordsAsSaltedPbkdf2HashesOnly() {
    var account = accounts.create("hasher", "hash me please", "hash me please", "Hasher");

    assertTrue(
        account.passwordHash().startsWith("PBKDF2WithHmacSHA256:1024:"), account.passwordHash());
    assertFalse(account.passwordHash().contains("hash me please"));
    var twin = accounts.create("hasher2", "hash me please", "hash me please", "Twin");
    assertNotEquals(account.passwordHash(), twin.passwordHash(), "salted");
  }

  @Test
  void theIdentityStoreAcceptsTheRightPasswordOnlyAndGivesTheUserGroup() {
    accounts.create("Dora", "dora's long pass", "dora's long pass", "Dora");

    var valid = identityStore.validate(new UsernamePasswordCredential("dora", "dora's long pass"));
    assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
    assertEquals("Dora", valid.getCallerPrincipal().getName());
    assertEquals(Set.of("user"), valid.getCallerGroups());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore
            .validate(new UsernamePasswordCredential("Dora", "wrong password"))
            .getStatus());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore.validate(new UsernamePasswordCredential("nobody", "whatever!!")).getStatus());
  }

  @Test
  void usernamesAreUniqueIgnoringCaseAndEveryProblemIsNamed() {
    accounts.create("Eve", "eve's long pass", "eve's long pass", "Eve");

    var refused =
        assertThrows(AccountRefused.class, () -> accounts.create("EVE", "short", "other", " "));
    assertEquals(
        Map.of(
            "username", "That username is taken. Choose another.",
            "password", "A password needs at least 8 characters.",
            "displayName", "Choose a display name."),
        refused.problems());
  }

  @Test
  void theBotsAccountExistsFromTheStartAndCannotSignIn() {
    assertTrue(accounts.find(Accounts.BOTS_USERNAME).isPresent());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore
            .validate(new UsernamePasswordCredential(Accounts.BOTS_USERNAME, "!"))
            .getStatus());
  }

  // From outside, as browsers.

  @Test
  @RunAsClient
  void anonymousVisitorsAreSentToSignInFromEveryMembersPage() throws Exception {
    var anonymous = new Visitor(base.getPort());
    for (String page : new String[] {"/", "/chat/", "/u/someone/", "/u/someone/profile-edit/"}) {
      assertEquals("/login/", anonymous.get(page).uri().getPath(), page);
    }
    var page = new Visitor(base.getPort()).get("/create-user/");
    assertEquals(200, page.statusCode());
    String cookie = page.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  @Test
  @RunAsClient
  void ownersEditTheirProfileOthersAreRefusedAndUnknownPeopleAreNotFound() throws Exception {
    var frank = new Visitor(base.getPort());
    var grace = new Visitor(base.getPort());
    frank.createAccount("frank", "frank's long pass", "Frank");
    grace.createAccount("grace", "grace's long pass", "Grace");

    assertEquals(200, frank.get("/u/frank/profile-edit/").statusCode());
    var refused = frank.get("/u/grace/profile-edit/");
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("That page is not yours"));
    assertEquals(200, frank.get("/u/grace/").statusCode(), "profiles are visible to members");
    assertTrue(frank.get("/u/grace/profile/").body().contains("Grace"));
    var unknown = frank.get("/u/nobody-at-all/");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("Nothing here"));
  }

  @Test
  @RunAsClient
  void signingOutTakesTheFormsPostAndAForgedPostDoesNothing() throws Exception {
    var henry = new Visitor(base.getPort());
    henry.createAccount("henry", "henry's long pass", "Henry");

    assertTrue(henry.get("/logout/").body().contains("Sign out"));
    assertEquals("/chat/", henry.get("/chat/").uri().getPath(), "a GET does not sign out");
    henry.post("/logout/index.xhtml", Map.of("logout", "logout", "logout:signOut", "Sign out"));
    assertEquals("/chat/", henry.get("/chat/").uri().getPath(), "no view state, no sign-out");

    henry.submit("/logout/", "logout", Map.of("logout:signOut", "Sign out"));
    assertEquals("/login/", henry.get("/chat/").uri().getPath());
  }

  // Rooms and history, through the WebSocket and the JSON API.

  private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

  private static List<Long> seqs(String json) {
    return SEQ.matcher(json).results().map(m -> Long.valueOf(m.group(1))).toList();
  }

  private static String text(String frame) {
    var m = Pattern.compile("\"text\":\"([^\"]*)\"").matcher(frame);
    return m.find() ? m.group(1) : null;
  }

  private Visitor member(String name) throws Exception {
    var visitor = new Visitor(base.getPort());
    visitor.createAccount(name, name + "'s long pass", name);
    return visitor;
  }

  @Test
  @RunAsClient
  void twoMembersInTheRoomSeeEachOthersMessagesInTheSameOrder() throws Exception {
    var ida = member("ida");
    var jon = member("jon");
    try (var idaPage = new ChatClient(base.getPort(), ida.sessionCookie());
        var jonPage = new ChatClient(base.getPort(), jon.sessionCookie())) {
      awaitBothOnline(jonPage, "ida", "jon");
      idaPage.say("one");
      jonPage.say("two");
      idaPage.say("three");

      var seenByIda = new ArrayList<String>();
      var seenByJon = new ArrayList<String>();
      for (int i = 0; i < 3; i++) {
        seenByIda.add(idaPage.next(Duration.ofSeconds(10)));
        seenByJon.add(jonPage.next(Duration.ofSeconds(10)));
      }
      assertEquals(seenByIda, seenByJon);
      var sequence = seenByIda.stream().map(f -> seqs(f).get(0)).toList();
      assertEquals(sequence.stream().sorted().toList(), sequence, "in sequence order");
      assertEquals(
          Set.of("one", "two", "three"),
          new HashSet<>(seenByIda.stream().map(ChatNodeIT::text).toList()));
    }
  }

  @Test
  @RunAsClient
  void aPageThatWasOfflineGetsExactlyTheMessagesItMissed() throws Exception {
    var kim = member("kim");
    var lee = member("lee");
    long lastSeen;
    try (var leePage = new ChatClient(base.getPort(), lee.sessionCookie())) {
      leePage.say("before the drop");
      lastSeen = seqs(leePage.next(Duration.ofSeconds(10))).get(0);
    }
    try (var kimPage = new ChatClient(base.getPort(), kim.sessionCookie())) {
      kimPage.say("missed one");
      kimPage.next(Duration.ofSeconds(10));
      kimPage.say("missed two");
      kimPage.next(Duration.ofSeconds(10));
    }

    String missed = lee.get("/api/rooms/lobby/messages?after=" + lastSeen).body();

    assertEquals(List.of(lastSeen + 1, lastSeen + 2), seqs(missed));
    assertTrue(missed.indexOf("missed one") < missed.indexOf("missed two"), missed);
  }

  @Test
  @RunAsClient
  void commandsAndTheirAnswersAreNeverStoredNorShownToOthers() throws Exception {
    StandInBotNode.announceTo(base.getPort());
    var max = member("max");
    var nia = member("nia");
    int storedBefore = seqs(max.get("/api/rooms/lobby/messages?limit_to=-1").body()).size();
    try (var maxPage = new ChatClient(base.getPort(), max.sessionCookie());
        var niaPage = new ChatClient(base.getPort(), nia.sessionCookie())) {
      maxPage.say("/stock=AAPL.US");
      assertTrue(maxPage.next(Duration.ofSeconds(10)).contains("\"kind\":\"pending\""));
      maxPage.say("/help");
      assertTrue(maxPage.next(Duration.ofSeconds(10)).contains("/stock=AAPL.US"));
      maxPage.say("/nonsense=1");
      maxPage.next(Duration.ofSeconds(10));

      niaPage.say("only this is stored");
      String first = niaPage.next(Duration.ofSeconds(10));
      assertTrue(first.contains("only this is stored"), "nia saw: " + first);
    }
    int storedAfter = seqs(max.get("/api/rooms/lobby/messages?limit_to=-1").body()).size();
    assertEquals(storedBefore + 1, storedAfter);
  }

  @Test
  @RunAsClient
  void aMemberSendingCommandsTooFastIsToldWhenToRetryAndOthersAreNotSlowed() throws Exception {
    StandInBotNode.announceTo(base.getPort());
    var flo = member("flo");
    var gus = member("gus");
    try (var floPage = new ChatClient(base.getPort(), flo.sessionCookie());
        var gusPage = new ChatClient(base.getPort(), gus.sessionCookie())) {
      for (int i = 0; i < 11; i++) {
        floPage.say("/stock=AAPL.US");
      }
      var frames = new ArrayList<String>();
      for (String frame = floPage.next(Duration.ofSeconds(10));
          frame != null;
          frame = floPage.next(Duration.ofSeconds(2))) {
        frames.add(frame);
      }
      // Each command sent shows its progress; whether a bot answers is BotsIT's concern.
      assertEquals(10, count(frames, "StockBot is fetching AAPL.US"), frames.toString());
      var refused = frames.stream().filter(frame -> frame.contains("too fast")).toList();
      assertEquals(1, refused.size(), frames.toString());
      assertTrue(
          Pattern.compile("at most 10 a minute\\)\\. Try again in [1-6] s\\.")
              .matcher(refused.get(0))
              .find(),
          refused.get(0));

      gusPage.say("/stock=AAPL.US");
      assertTrue(gusPage.next(Duration.ofSeconds(10)).contains("StockBot is fetching AAPL.US"));
    }
  }

  private static long count(List<String> frames, String text) {
    return frames.stream().filter(frame -> frame.contains(text)).count();
  }

  @Test
  @RunAsClient
  void reportsItselfReadyWithItsDatabaseBrokerAndBots() throws Exception {
    StandInBotNode.announceTo(base.getPort());

    var health = new Visitor(base.getPort()).get("/health/ready");

    assertEquals(200, health.statusCode(), health.body());
    assertTrue(health.body().contains("{\"name\":\"database\",\"status\":\"UP\""), health.body());
    assertTrue(health.body().contains("{\"name\":\"broker\",\"status\":\"UP\""), health.body());
    assertTrue(health.body().contains("{\"name\":\"bots\",\"status\":\"UP\""), health.body());
    assertTrue(health.body().contains("\"/stock\":\"StockBot on finchat.stock\""), health.body());
  }

  @Test
  @RunAsClient
  void theHistoryFollowsTheSeedsLimitToRule() throws Exception {
    var oli = member("oli");
    try (var page = new ChatClient(base.getPort(), oli.sessionCookie())) {
      for (int i = 1; i <= 4; i++) {
        page.say("oli " + i);
        page.next(Duration.ofSeconds(10));
      }
    }
    var lastTwo = seqs(oli.get("/api/users/oli/messages?limit_to=2").body());
    assertEquals(2, lastTwo.size());
    assertTrue(lastTwo.get(0) > lastTwo.get(1), "most recent first");
    assertEquals(4, seqs(oli.get("/api/users/oli/messages?limit_to=ten").body()).size());
    assertEquals(4, seqs(oli.get("/api/users/oli/messages?limit_to=-1").body()).size());
    assertEquals(0, seqs(oli.get("/api/users/oli/messages?limit_to=-7").body()).size());
    assertEquals(403, member("pat").get("/api/users/oli/messages").statusCode());

    var page = oli.get("/u/oli/history/?limit_to=3");
    assertEquals(3, page.body().split("oli \\d").length - 1, page.body());
    assertTrue(
        java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d · #lobby · #\\d+")
            .matcher(page.body())
            .find(),
        "each line says when, where and which message: " + page.body());
    assertEquals("/u/oli/", member("quinn").get("/u/oli/history/").uri().getPath());
    assertTrue(oli.get("/u/oli/").body().contains("Your history"));
  }

  // Inside the container, to store more messages than the flood limit lets anyone send, and read
  // them back over HTTP from the node itself.

  private static final Pattern NEXT_CURSOR = Pattern.compile("\"next\":(\\d+)");
  private static final Pattern NEXT_LIMIT_TO = Pattern.compile("\"next_limit_to\":(-?\\d+)");
  private static final Pattern OLDER_LINK =
      Pattern.compile("href=\"([^\"]*)\"[^>]*>Older messages</a>");

  /** Far more pages than any limit here needs: past it, the next links would never end. */
  private static final int MOST_PAGES_FOLLOWED = 10;

  @Test
  void limitToAboveThePageCapIsTheTotalAcrossTheNextLinksOfTheHistoryPageAndTheApi()
      throws Exception {
    var pager = member("pager");
    rooms.ensure("paging");
    var stored =
        history.post(
            "paging",
            IntStream.rangeClosed(1, 1300)
                .mapToObj(i -> new MessageHistory.Draft("pager", "paged " + i))
                .toList());
    var newestFirst = new ArrayList<>(stored.stream().map(ChatMessage::sequence).toList());
    Collections.reverse(newestFirst);
    var newest1200 = newestFirst.subList(0, 1200);

    assertEquals(newest1200, followApi(pager, "/api/rooms/paging/messages", "1200"));
    assertEquals(newestFirst, followApi(pager, "/api/rooms/paging/messages", "-1"));
    // A person's history goes by message id, which one transaction of many messages hands out in
    // no particular order: what counts here is how many, each once.
    for (var byAuthor :
        List.of(
            followApi(pager, "/api/users/pager/messages", "1200"),
            followHistoryPage(pager, "/u/pager/history/?limit_to=1200"))) {
      assertEquals(1200, byAuthor.size());
      assertEquals(1200, new HashSet<>(byAuthor).size(), "each message once");
    }
  }

  /** The sequence numbers of every page from {@code path}'s first, following {@code next}. */
  private static List<Long> followApi(Visitor reader, String path, String limitTo)
      throws Exception {
    var seen = new ArrayList<Long>();
    String query = "?limit_to=" + limitTo;
    for (int pages = 0; query != null; pages++) {
      assertTrue(pages < MOST_PAGES_FOLLOWED, "still a next page after " + seen.size());
      var page = reader.get(path + query);
      assertEquals(200, page.statusCode(), page.body());
      var messages = seqs(page.body());
      assertTrue(messages.size() <= 500, "at most 500 a page: " + messages.size());
      seen.addAll(messages);
      var cursor = NEXT_CURSOR.matcher(page.body());
      var limit = NEXT_LIMIT_TO.matcher(page.body());
      query =
          cursor.find() && limit.find()
              ? "?limit_to=" + limit.group(1) + "&before=" + cursor.group(1)
              : null;
    }
    return seen;
  }

  /** The sequence numbers of every history page from {@code path}, following "Older messages". */
  private static List<Long> followHistoryPage(Visitor owner, String path) throws Exception {
    var line = Pattern.compile("#paging · #(\\d+)</span>");
    var seen = new ArrayList<Long>();
    String next = path;
    for (int pages = 0; next != null; pages++) {
      assertTrue(pages < MOST_PAGES_FOLLOWED, "still an older link after " + seen.size());
      var page = owner.get(next);
      assertEquals(200, page.statusCode(), page.body());
      var lines = line.matcher(page.body()).results().map(m -> Long.valueOf(m.group(1))).toList();
      assertTrue(lines.size() <= 500, "at most 500 a page: " + lines.size());
      seen.addAll(lines);
      var older = OLDER_LINK.matcher(page.body());
      if (older.find()) {
        var link = page.uri().resolve(older.group(1).replace("&amp;", "&"));
        next = link.getRawPath() + "?" + link.getRawQuery();
      } else {
        next = null;
      }
    }
    return seen;
  }

  @Test
  @RunAsClient
  void membersSeeWhoIsOnlineAndWhoIsTyping() throws Exception {
    var una = member("una");
    var vic = member("vic");
    try (var unaPage = new ChatClient(base.getPort(), una.sessionCookie())) {
      awaitPresence(unaPage, online -> online.contains("\"una\""));
      try (var vicPage = new ChatClient(base.getPort(), vic.sessionCookie())) {
        awaitPresence(unaPage, online -> online.contains("\"una\"") && online.contains("\"vic\""));

        vicPage.sendTyping();
        assertTrue(unaPage.nextOfKind("typing", Duration.ofSeconds(10)).contains("\"vic\""));
      }
      awaitPresence(unaPage, online -> !online.contains("\"vic\""));
    }
  }

  /**
   * A page's handshake completes before the node has put it in the room, so a message sent at once
   * may reach the room before the page does. A page listed as online is in the room.
   */
  private static void awaitBothOnline(ChatClient page, String one, String other)
      throws InterruptedException {
    awaitPresence(
        page, online -> online.contains("\"" + one + "\"") && online.contains("\"" + other + "\""));
  }

  /** Presence frames arrive as others come and go: wait for the one that shows {@code what}. */
  private static void awaitPresence(ChatClient page, java.util.function.Predicate<String> what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      String presence = page.nextOfKind("presence", Duration.ofNanos(deadline - System.nanoTime()));
      if (presence != null && what.test(presence)) {
        return;
      }
    }
    throw new AssertionError("the expected presence never came");
  }

  @Test
  @RunAsClient
  void aRoomsMessagesStayInItsRoom() throws Exception {
    var wes = member("wes");
    wes.submit("/chat/", "rooms", Map.of("rooms:newRoom", "Desk", "rooms:create", "Create room"));
    assertEquals("/chat/desk/", wes.get("/chat/Desk").uri().getPath());
    assertEquals(404, wes.get("/chat/no-such-room/").statusCode());

    try (var desk = ChatClient.inRoom(base.getPort(), wes.sessionCookie(), "desk");
        var lobby = new ChatClient(base.getPort(), wes.sessionCookie())) {
      desk.say("only for the desk");
      assertTrue(desk.next(Duration.ofSeconds(10)).contains("\"room\":\"desk\""));
      lobby.say("for the lobby");
      String seen = lobby.next(Duration.ofSeconds(10));
      assertTrue(seen.contains("for the lobby"), "the lobby saw: " + seen);
    }
    assertTrue(wes.get("/api/rooms/desk/messages").body().contains("only for the desk"));
    assertFalse(
        wes.get("/api/rooms/lobby/messages?limit_to=-1").body().contains("only for the desk"));
    assertThrows(
        Exception.class,
        () -> ChatClient.inRoom(base.getPort(), wes.sessionCookie(), "no-such-room"),
        "a connection to a room that does not exist");
  }

  @Test
  @RunAsClient
  void aMemberFloodingTheRoomIsToldToSlowDownAndOthersGetExactlyWhatWentThrough() throws Exception {
    var fay = member("fay");
    var hal = member("hal");
    try (var fayPage = new ChatClient(base.getPort(), fay.sessionCookie());
        var halPage = new ChatClient(base.getPort(), hal.sessionCookie())) {
      awaitBothOnline(halPage, "fay", "hal");
      for (int i = 1; i <= 40; i++) {
        fayPage.say("fay floods " + i);
      }
      var seenByFay = new ArrayList<String>();
      for (String frame = fayPage.next(Duration.ofSeconds(10));
          frame != null;
          frame = fayPage.next(Duration.ofSeconds(2))) {
        seenByFay.add(frame);
      }
      var refused = seenByFay.stream().filter(frame -> frame.contains("too fast")).toList();
      var through =
          seenByFay.stream().filter(frame -> frame.contains("\"kind\":\"message\"")).toList();
      assertFalse(refused.isEmpty(), seenByFay.toString());
      assertEquals(40, refused.size() + through.size(), seenByFay.toString());
      assertTrue(
          Pattern.compile(
                  "You are sending messages too fast \\(at most 30 every 10 s\\)\\. Try again in 1 s\\.")
              .matcher(refused.get(0))
              .find(),
          refused.get(0));

      var seenByHal = new ArrayList<String>();
      for (int i = 0; i < through.size(); i++) {
        seenByHal.add(halPage.next(Duration.ofSeconds(10)));
      }
      assertEquals(
          through.stream().map(ChatNodeIT::text).toList(),
          seenByHal.stream().map(ChatNodeIT::text).toList());
      assertEquals("fay floods 1", text(seenByHal.get(0)));
    }
  }

  @Test
  @RunAsClient
  void thePeopleApiNamesTheAuthorsAPageAsksFor() throws Exception {
    var pia = new Visitor(base.getPort());
    pia.createAccount("pia", "pia's long pass", "Pia Sola");
    var asked = pia.get("/api/people?username=pia&username=nobody-here");
    assertEquals(200, asked.statusCode());
    assertEquals("{\"people\":{\"pia\":\"Pia Sola\"}}", asked.body());
    assertEquals("{\"people\":{}}", pia.get("/api/people").body());
    String tooMany =
        IntStream.rangeClosed(0, 100)
            .mapToObj(i -> "username=u" + i)
            .collect(Collectors.joining("&"));
    var refused = pia.get("/api/people?" + tooMany);
    assertEquals(400, refused.statusCode());
    assertEquals("{\"error\":\"Ask for at most 100 people at once.\"}", refused.body());
  }

  @Test
  @RunAsClient
  void anAuthorDeletesTheirOwnMessageEveryPageShowsItDeletedAndTheApiMarksIt() throws Exception {
    var kai = member("kai");
    var lea = member("lea");
    String room = "lobby";
    try (var kais = ChatClient.inRoom(base.getPort(), kai.sessionCookie(), room);
        var leas = ChatClient.inRoom(base.getPort(), lea.sessionCookie(), room)) {
      kais.say("kai regrets this");
      String stored = leas.nextOfKind("message", Duration.ofSeconds(10));
      assertNotNull(stored);
      var seq = Pattern.compile("\"seq\":([0-9]+)").matcher(stored);
      assertTrue(seq.find(), stored);
      String path = "/api/rooms/" + room + "/messages/" + seq.group(1);

      var notHers = lea.delete(path);
      assertEquals(403, notHers.statusCode());
      assertEquals("{\"error\":\"You can delete only your own messages.\"}", notHers.body());
      var none = kai.delete("/api/rooms/" + room + "/messages/999999999");
      assertEquals(404, none.statusCode());
      assertTrue(none.body().contains("There is no message #999999999 in #lobby."), none.body());

      assertEquals(204, kai.delete(path).statusCode());
      String told = leas.nextOfKind("retracted", Duration.ofSeconds(10));
      assertNotNull(told, "Lea's page was not told");
      assertTrue(told.contains("\"seq\":" + seq.group(1)), told);
      assertEquals(204, kai.delete(path).statusCode(), "deleted already stays deleted");

      String api =
          lea.get("/api/rooms/" + room + "/messages?after=" + (Long.parseLong(seq.group(1)) - 1))
              .body();
      assertTrue(
          api.matches(
              "(?s).*\"seq\":"
                  + seq.group(1)
                  + ",[^}]*\"author\":\"kai\",\"text\":\"\",[^}]*\"deleted\":true.*"),
          api);
      assertFalse(api.contains("kai regrets this"), api);
      String history = kai.get("/u/kai/history/").body();
      assertTrue(history.contains("This message was deleted."), history);
      assertFalse(history.contains("kai regrets this"), history);
    }
  }

  @Test
  @RunAsClient
  void aFloodersPageIsClosedWithItsWaitAndToldAgainIfItComesBackEarly() throws Exception {
    var flo = member("floyd");
    try (var page = new ChatClient(base.getPort(), flo.sessionCookie())) {
      // 30 go through, then 150 refusals (the allowances refill meanwhile), then the page closes.
      for (int i = 1; i <= 2_000 && page.isOpen(); i++) {
        try {
          page.say("floyd floods " + i);
        } catch (Exception closedMeanwhile) {
          break;
        }
      }
      assertEquals(
          "4429 Too many messages too fast: reconnecting in 10 s.",
          page.awaitClosedByServer(Duration.ofSeconds(30)));
    }
    // As a page whose close frame was lost does: it connects again at once, and is told the rest.
    try (var early = new ChatClient(base.getPort(), flo.sessionCookie())) {
      String told = early.nextOfKind("flooded", Duration.ofSeconds(10));
      assertNotNull(told, "a page back early was not told to wait");
      var retry = Pattern.compile("\"retry\":([0-9]+)").matcher(told);
      assertTrue(retry.find(), told);
      int seconds = Integer.parseInt(retry.group(1));
      assertTrue(seconds >= 1 && seconds <= 10, told);
      assertTrue(told.contains("reconnecting in " + seconds + " s."), told);
      String closed = early.awaitClosedByServer(Duration.ofSeconds(10));
      assertNotNull(closed, "a page back early was let in");
      assertTrue(closed.startsWith("4429 "), closed);
    }
  }

  @Test
  @RunAsClient
  void aBinaryFrameIsAnsweredWithANoticeNotDroppedInSilence() throws Exception {
    var bea = member("bea");
    var heard = new LinkedBlockingQueue<String>();
    var socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Cookie", bea.sessionCookie())
            .buildAsync(
                URI.create("ws://localhost:" + base.getPort() + "/ws/chat/lobby"),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(
                      WebSocket webSocket, CharSequence data, boolean last) {
                    heard.add(data.toString());
                    webSocket.request(1);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    try {
      socket.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}), true).get(5, TimeUnit.SECONDS);
      String frame;
      do {
        frame = heard.poll(10, TimeUnit.SECONDS);
      } while (frame != null && !frame.contains("\"kind\":\"notice\""));
      assertTrue(
          frame != null && frame.contains("send text only") && frame.contains("\"error\":true"),
          String.valueOf(frame));
    } finally {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
  }

  @Test
  @RunAsClient
  void aFrameTooBigForAnyChatLineIsClosedAsTooBigBeforeTheNodeReadsIt() throws Exception {
    var ben = member("ben");
    var closed = new CompletableFuture<Integer>();
    var socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Cookie", ben.sessionCookie())
            .buildAsync(
                URI.create("ws://localhost:" + base.getPort() + "/ws/chat/lobby"),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onClose(
                      WebSocket webSocket, int statusCode, String reason) {
                    closed.complete(statusCode);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);

    socket.sendText("{\"text\":\"" + "z".repeat(100_000) + "\"}", true);

    assertEquals(WebSocket.NORMAL_CLOSURE + 9, closed.get(10, TimeUnit.SECONDS), "1009, too big");
  }

  @Test
  @RunAsClient
  void aFormPostedFromAnExpiredViewGetsAFreshPageNotAnError() throws Exception {
    var visitor = new Visitor(base.getPort());
    visitor.get("/create-user/");

    var page =
        visitor.post(
            "/create-user/index.xhtml",
            Map.of(
                "account", "account",
                "account:username", "ghost",
                "jakarta.faces.ViewState", "stale"));

    assertEquals(200, page.statusCode(), page.body());
    assertEquals(302, page.previousResponse().orElseThrow().statusCode());
    assertTrue(page.body().contains("account:username"), page.body());
  }
}
