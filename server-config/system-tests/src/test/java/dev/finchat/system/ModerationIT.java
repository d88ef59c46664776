package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Moderation on the running system, over HTTP and the chat's WebSocket as browsers use them: who
 * may open the messages and rooms pages, a deleted message gone from open pages, history and the
 * JSON API, an archived room that refuses posts and keeps its history, and every action audited.
 */
class ModerationIT {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

  private final RunningSystem system = TestSystem.system("embedded");

  private Visitor member(String name) throws Exception {
    var visitor = new Visitor(system.chatPort);
    visitor.createAccount(name, name + "'s long pass", name);
    return visitor;
  }

  @Test
  void onlyAdministratorsOpenTheModerationPages() throws Exception {
    var root = Administrators.root(system);
    var user = member("mod-plain-pat");
    var anonymous = new Visitor(system.chatPort);

    for (String page : new String[] {"/admin/messages/", "/admin/rooms/"}) {
      assertEquals("/login/", anonymous.get(page).uri().getPath(), page);
      var refused = user.get(page);
      assertEquals(403, refused.statusCode(), page);
      assertTrue(refused.body().contains("That page is for administrators"), refused.body());
      assertEquals(200, root.get(page).statusCode(), page);
    }
    var forged =
        user.post(
            "/admin/messages/", Map.of("messages", "messages", "messages:rows:0:delete", "Delete"));
    assertEquals(403, forged.statusCode(), "a member cannot post to the console either");
  }

  @Test
  void aDeletedMessageLeavesEveryOpenPageHistoryAndTheApi() throws Exception {
    var root = Administrators.root(system);
    var spammer = member("mod-spammer");
    var reader = member("mod-reader");
    String spam = "buy cheap stuff " + System.nanoTime();

    try (var readerPage = new ChatClient(system.chatPort, reader.sessionCookie());
        var spammerPage = new ChatClient(system.chatPort, spammer.sessionCookie())) {
      spammerPage.say(spam);
      String posted = readerPage.nextOfKind("message", WAIT);
      assertNotNull(posted);
      assertTrue(posted.contains(spam), posted);
      long seq = seq(posted);

      String found = root.get("/admin/messages/?author=MOD-SPAMMER&text=CHEAP+stuff").body();
      assertTrue(found.contains("1 message found"), found);
      assertTrue(found.contains("data-seq=\"" + seq + "\""), found);

      var done =
          root.submit(
              "/admin/messages/?author=mod-spammer&text=" + spam.replace(' ', '+'),
              "messages",
              Map.of("messages:rows:0:delete", "Delete"));
      assertEquals("/admin/messages/", done.uri().getPath(), "post-redirect-get");
      assertTrue(
          done.body().contains("Deleted message #" + seq + " in #lobby by mod-spammer"),
          done.body());
      assertTrue(done.body().contains("No message matches."), "the search finds it no more");

      String deleted = readerPage.nextOfKind("deleted", WAIT);
      assertEquals("{\"kind\":\"deleted\",\"room\":\"lobby\",\"seq\":" + seq + "}", deleted);
      assertNotNull(spammerPage.nextOfKind("deleted", WAIT), "the author's page too");
    }
    assertFalse(reader.get("/api/rooms/lobby/messages?limit_to=-1").body().contains(spam));
    assertFalse(spammer.get("/api/users/mod-spammer/messages").body().contains(spam));
    assertFalse(spammer.get("/u/mod-spammer/history/").body().contains(spam));

    String audit = root.get("/admin/audit/").body();
    assertTrue(
        audit.matches(
            "(?s).*root-admin</td><td>deleted a message by</td><td>mod-spammer</td><td>#\\d+ in"
                + " #lobby: [^<]*buy cheap stuff.*"),
        audit);
  }

  @Test
  void anArchivedRoomRefusesPostsKeepsItsHistoryAndCanBeReopened() throws Exception {
    var root = Administrators.root(system);
    var ann = member("mod-archive-ann");
    String room = "old-desk-" + (System.nanoTime() % 100_000);
    ann.submit("/chat/", "rooms", Map.of("rooms:newRoom", room, "rooms:create", "Create room"));

    try (var page = ChatClient.inRoom(system.chatPort, ann.sessionCookie(), room)) {
      page.say("before the archive");
      assertNotNull(page.nextOfKind("message", WAIT));

      var rooms = root.get("/admin/rooms/").body();
      assertTrue(
          rooms.matches(
              "(?s).*data-room=\"" + room + "\">.*?<td>1</td>\\s*<td>mod-archive-ann</td>.*"),
          "one message, Ann online: " + rooms);
      var done = press(root, "archive", room);
      assertTrue(done.body().contains("#" + room + " is archived"), done.body());

      String archived = page.nextOfKind("archived", WAIT);
      assertNotNull(archived);
      assertTrue(archived.contains("\"archived\":true"), archived);
      page.say("after the archive");
      String refused = page.nextOfKind("notice", WAIT);
      assertNotNull(refused);
      assertTrue(refused.contains("is archived: it is read-only"), refused);
    }
    String history = ann.get("/api/rooms/" + room + "/messages").body();
    assertTrue(history.contains("before the archive"), history);
    assertFalse(history.contains("after the archive"), history);
    assertTrue(
        ann.get("/chat/" + room + "/").body().contains("is archived: it is read-only"),
        "the page says so");
    String rooms = root.get("/admin/rooms/").body();
    int row = rowOf(rooms, room);
    assertFalse(rooms.contains("rooms:rows:" + row + ":archive"), "archived once only");
    assertTrue(rooms.contains("rooms:rows:" + row + ":reopen"), rooms);

    assertTrue(press(root, "reopen", room).body().contains("#" + room + " is open again."));
    try (var page = ChatClient.inRoom(system.chatPort, ann.sessionCookie(), room)) {
      page.say("open again");
      String posted = page.nextOfKind("message", WAIT);
      assertNotNull(posted);
      assertTrue(posted.contains("open again"), posted);
    }
    String audit = root.get("/admin/audit/").body();
    assertTrue(audit.contains("archived the room</td><td>" + room), audit);
    assertTrue(audit.contains("reopened the room</td><td>" + room), audit);
  }

  @Test
  void theLobbyCannotBeArchived() throws Exception {
    var root = Administrators.root(system);
    String rooms = root.get("/admin/rooms/").body();
    int lobby = rowOf(rooms, "lobby");
    assertFalse(rooms.contains("rooms:rows:" + lobby + ":archive"), "no Archive on the lobby");
  }

  @Test
  void oddSearchesAreAnsweredWithAPageNeverAnError() throws Exception {
    var root = Administrators.root(system);
    var odd = root.get("/admin/messages/?room=%3Cscript%3E&author=%25&text=%25_&page=banana");
    assertEquals(200, odd.statusCode());
    assertTrue(odd.body().contains("No message matches."), odd.body());
    assertFalse(odd.body().contains("<script>"), "shown as text");
    assertEquals(
        200, root.get("/admin/messages/?page=99999999999&text=" + "x".repeat(300)).statusCode());
  }

  /** Presses {@code button} on the row of {@code room} in the rooms page. */
  private static HttpResponse<String> press(Visitor admin, String button, String room)
      throws Exception {
    int row = rowOf(admin.get("/admin/rooms/").body(), room);
    return admin.submit(
        "/admin/rooms/", "rooms", Map.of("rooms:rows:" + row + ":" + button, button));
  }

  private static int rowOf(String page, String room) {
    Matcher rows = Pattern.compile("<tr[^>]*data-room=\"([^\"]+)\"").matcher(page);
    for (int row = 0; rows.find(); row++) {
      if (rows.group(1).equals(room)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + room + " in " + page);
  }

  private static long seq(String frame) {
    var match = SEQ.matcher(frame);
    assertTrue(match.find(), frame);
    return Long.parseLong(match.group(1));
  }
}
