package dev.finchat.system;

import static dev.finchat.system.Administrators.press;
import static dev.finchat.system.Administrators.signIn;
import static dev.finchat.system.Administrators.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admin console on the running system, over HTTP and the chat's WebSocket as browsers use them:
 * who may open it, and what each action does to the person it is done to.
 */
class AdminConsoleIT {

  private final RunningSystem system = TestSystem.system("embedded");

  private Visitor member(String name) throws Exception {
    var visitor = new Visitor(system.chatPort);
    visitor.createAccount(name, name + "'s long pass", name);
    return visitor;
  }

  @Test
  void theFirstAdministratorComesFromTheLaunchersSetupOnceOnly() throws Exception {
    Administrators.root(system);

    var again =
        assertThrows(
            AssertionError.class,
            () -> system.run(Duration.ofMinutes(1), "admin", "create", "someone-else"));
    assertTrue(again.getMessage().contains("has an administrator already"), again.getMessage());
    var guess =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(system.url("/setup/first-admin")))
                    .header("X-Finchat-Setup-Secret", "a guess")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=mallory"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(403, guess.statusCode());
    assertTrue(guess.body().contains("An administrator exists already"), guess.body());
  }

  @Test
  void onlyAdministratorsOpenTheConsole() throws Exception {
    var root = Administrators.root(system);
    var user = member("plain-pia");
    var anonymous = new Visitor(system.chatPort);

    for (String page : new String[] {"/admin/", "/admin/users/", "/admin/audit/"}) {
      assertEquals("/login/", anonymous.get(page).uri().getPath(), page);
      var refused = user.get(page);
      assertEquals(403, refused.statusCode(), page);
      assertTrue(refused.body().contains("That page is for administrators"), refused.body());
      assertEquals(200, root.get(page).statusCode(), page);
    }
    assertTrue(root.get("/chat/").body().contains(">Admin</a>"), "admins see the way in");
    assertFalse(user.get("/chat/").body().contains(">Admin</a>"), "others do not");
  }

  @Test
  void aDisabledPersonIsSignedOutEverywhereCannotSignInAndIsBackWhenEnabled() throws Exception {
    var root = Administrators.root(system);
    var dan = member("disabled-dan");
    var otherBrowser = signedIn(system, "disabled-dan", "disabled-dan's long pass");

    try (var page = new ChatClient(system.chatPort, dan.sessionCookie())) {
      var done = press(root, "disable", "disabled-dan");
      assertTrue(
          done.body().contains("disabled-dan is disabled and signed out everywhere."), done.body());
      assertEquals("/admin/users/", done.uri().getPath(), "post-redirect-get");

      assertEquals(
          "1008 Your account was disabled by an administrator.",
          page.awaitClosedByServer(Duration.ofSeconds(10)));
    }
    assertEquals("/login/", dan.get("/chat/").uri().getPath());
    assertEquals("/login/", otherBrowser.get("/chat/").uri().getPath());
    var refused = signIn(new Visitor(system.chatPort), "disabled-dan", "disabled-dan's long pass");
    assertTrue(refused.body().contains("Your account is disabled."), refused.body());
    var wrong = signIn(new Visitor(system.chatPort), "disabled-dan", "not the password");
    assertTrue(wrong.body().contains("Wrong username or password."), "no hint without it");

    var audit = root.get("/admin/audit/").body();
    assertTrue(
        audit.matches("(?s).*root-admin</td><td>disabled the account</td><td>disabled-dan.*"),
        audit);

    press(root, "enable", "disabled-dan");
    var back = signedIn(system, "disabled-dan", "disabled-dan's long pass");
    assertEquals("/chat/", back.get("/chat/").uri().getPath());
  }

  @Test
  void aResetPasswordIsShownOnceAndMustBeChangedBeforeChatting() throws Exception {
    var root = Administrators.root(system);
    var ria = member("reset-ria");

    var done = press(root, "reset", "reset-ria");
    String temporary = Administrators.temporaryPassword(done.body());
    assertFalse(
        root.get("/admin/users/").body().contains(temporary), "shown once, not on the next visit");
    assertEquals("/login/", ria.get("/chat/").uri().getPath(), "signed out by the reset");
    assertTrue(
        signIn(new Visitor(system.chatPort), "reset-ria", "reset-ria's long pass")
            .body()
            .contains("Wrong username or password."),
        "the old password is gone");

    var again = new Visitor(system.chatPort);
    assertEquals("/change-password/", signIn(again, "reset-ria", temporary).uri().getPath());
    assertEquals("/change-password/", again.get("/chat/").uri().getPath());
    assertEquals(403, again.get("/api/rooms/lobby/messages").statusCode());
    assertThrows(
        Exception.class,
        () -> new ChatClient(system.chatPort, again.sessionCookie()),
        "no chatting with a temporary password");

    var sameAgain =
        again.submit(
            "/change-password/",
            "password",
            Map.of(
                "password:currentPassword", temporary,
                "password:newPassword", temporary,
                "password:confirmation", temporary,
                "password:change", "Save new password"));
    assertTrue(sameAgain.body().contains("Choose a password other than the current one."));
    var changed =
        again.submit(
            "/change-password/",
            "password",
            Map.of(
                "password:currentPassword", temporary,
                "password:newPassword", "ria's very own password",
                "password:confirmation", "ria's very own password",
                "password:change", "Save new password"));
    assertTrue(changed.body().contains("Your new password is saved."), changed.body());
    assertEquals("/chat/", again.get("/chat/").uri().getPath());
    try (var page = new ChatClient(system.chatPort, again.sessionCookie())) {
      page.say("back with my own password");
      assertTrue(page.next(Duration.ofSeconds(10)).contains("back with my own password"));
    }
    assertTrue(root.get("/admin/audit/").body().contains("reset their password"));
  }

  @Test
  void aGrantedRoleComesWithTheNextSignInAndARevokedOneEndsAtOnce() throws Exception {
    var root = Administrators.root(system);
    var gil = member("granted-gil");

    assertTrue(press(root, "grant", "granted-gil").body().contains("from their next sign-in"));
    assertEquals(403, gil.get("/admin/users/").statusCode(), "the session keeps its roles");
    var gilAgain = signedIn(system, "granted-gil", "granted-gil's long pass");
    assertEquals(200, gilAgain.get("/admin/users/").statusCode());

    assertTrue(
        press(root, "revoke", "granted-gil")
            .body()
            .contains("granted-gil is no longer an administrator."));
    assertEquals(403, gilAgain.get("/admin/users/").statusCode(), "refused in the same session");
  }

  @Test
  void theLastAdministratorKeepsTheRoleAndNobodyDisablesThemselves() throws Exception {
    var root = Administrators.root(system);

    var revoke = press(root, "revoke", Administrators.ROOT);
    assertTrue(revoke.body().contains("root-admin is the last administrator"), revoke.body());
    assertEquals(200, root.get("/admin/users/").statusCode(), "still an administrator");
    String ownRow = root.get("/admin/users/?q=" + Administrators.ROOT).body();
    assertFalse(ownRow.contains("users:rows:0:disable"), "no Disable on one's own row");
    assertFalse(ownRow.contains("users:rows:0:reset"), "nor Reset password");
  }

  @Test
  void oddSearchesAndPagesAreAnsweredWithAPageNeverAnError() throws Exception {
    var root = Administrators.root(system);

    var odd = root.get("/admin/users/?q=%3Cscript%3E%25_&page=-3");
    assertEquals(200, odd.statusCode());
    assertTrue(odd.body().contains("Nobody matches."), odd.body());
    assertFalse(odd.body().contains("<script>"), "shown as text");
    assertEquals(200, root.get("/admin/users/?page=99999999999").statusCode());
    assertEquals(200, root.get("/admin/audit/?page=banana").statusCode());
    assertTrue(
        root.get("/admin/users/?q=ROOT-ADM").body().contains("data-username=\"root-admin\""));
  }

  @Test
  void theListShowsTwentyPeopleAPageWithLinksToTheOthers() throws Exception {
    var root = Administrators.root(system);
    for (int i = 1; i <= 21; i++) {
      new Visitor(system.chatPort)
          .createAccount(String.format("paged-%02d", i), "a paged long password", "Paged " + i);
    }

    var first = root.get("/admin/users/?q=paged-").body();
    assertTrue(first.contains("21 people matching"), first);
    assertTrue(first.contains("page 1 of 2"), first);
    assertTrue(first.contains("data-username=\"paged-20\""));
    assertFalse(first.contains("data-username=\"paged-21\""));
    assertTrue(first.contains("href=\"/admin/users/?q=paged-&amp;page=2\""), first);

    var second = root.get("/admin/users/?q=paged-&page=2").body();
    assertTrue(second.contains("data-username=\"paged-21\""), second);
    assertFalse(second.contains("data-username=\"paged-01\""));
    assertTrue(second.contains("href=\"/admin/users/?q=paged-&amp;page=1\""), second);
  }
}
