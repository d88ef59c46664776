package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.Visitor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator and a member, each in headless Chromium against the running system: the member
 * reads the lobby while the administrator finds a message and deletes it, and it vanishes from the
 * member's open page without a reload; an archived room's open page turns read-only.
 */
class ModerationInBrowserIT {

  private static final String MIA = "mia-in-browser";
  private static final String MIA_PASSWORD = "mia's long password";

  @Test
  void anAdministratorDeletesAMessageThatVanishesFromAnotherPersonsOpenPage() throws Exception {
    var system = TestSystem.system("embedded");
    Administrators.root(system);
    new Visitor(system.chatPort).createAccount(MIA, MIA_PASSWORD, "Mia");
    String kept = "a message that stays " + System.nanoTime();
    String unwanted = "an unwanted message " + System.nanoTime();

    try (var mia = new Browser();
        var admin = new Browser()) {
      try {
        mia.signIn(system.url("/login/"), MIA, MIA_PASSWORD);
        mia.waiting()
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));
        send(mia, kept);
        send(mia, unwanted);
        mia.waiting().until(d -> mia.text("#messages").contains(unwanted));

        admin.signIn(system.url("/login/"), Administrators.ROOT, Administrators.ROOT_PASSWORD);
        admin.follow("Admin");
        admin.waitForPath("/admin/users/");
        admin.follow("Messages");
        assertEquals("/admin/messages/", admin.waitForPath("/admin/messages/"));
        admin.type("Author", MIA);
        admin.type("Text", "unwanted");
        admin.press("Find");
        admin.waiting().until(ExpectedConditions.urlContains("text=unwanted"));
        assertTrue(admin.text("main").contains(unwanted), admin.text("main"));
        admin.screenshot("admin-messages-search");
        admin.driver.findElement(By.cssSelector("input[value='Delete']")).click();
        admin
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("main"), "it is gone from history and from every open page"));
        admin.screenshot("admin-messages-deleted");

        mia.waiting().until(d -> !mia.text("#messages").contains(unwanted));
        assertTrue(mia.text("#messages").contains(kept), "only that message goes");
        mia.screenshot("moderated-member-chat-page");

        mia.driver.navigate().refresh();
        mia.waiting().until(d -> mia.text("#messages").contains(kept));
        assertTrue(!mia.text("#messages").contains(unwanted), "nor does it come back");

        admin.follow("Audit log");
        admin.waitForPath("/admin/audit/");
        assertTrue(
            admin.text("#audit").contains("deleted a message by " + MIA), admin.text("#audit"));
      } catch (AssertionError | RuntimeException e) {
        mia.screenshot("moderation-member-failure");
        admin.screenshot("moderation-admin-failure");
        throw e;
      }
    }
  }

  @Test
  void anArchivedRoomTurnsReadOnlyOnAnOpenPage() throws Exception {
    var system = TestSystem.system("embedded");
    Administrators.root(system);
    String ari = "ari-in-browser";
    var visitor = new Visitor(system.chatPort);
    visitor.createAccount(ari, "ari's long password", "Ari");
    String room = "quiet-" + (System.nanoTime() % 100_000);
    visitor.submit(
        "/chat/", "rooms", java.util.Map.of("rooms:newRoom", room, "rooms:create", "Create room"));

    try (var member = new Browser();
        var admin = new Browser()) {
      try {
        member.signIn(system.url("/login/"), ari, "ari's long password");
        member.open(system.url("/chat/" + room + "/"));
        member
            .waiting()
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));
        send(member, "the last word");
        member.waiting().until(d -> member.text("#messages").contains("the last word"));

        admin.signIn(system.url("/login/"), Administrators.ROOT, Administrators.ROOT_PASSWORD);
        admin.open(system.url("/admin/rooms/"));
        admin
            .driver
            .findElement(By.cssSelector("tr[data-room='" + room + "'] input[value='Archive']"))
            .click();
        admin
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("main"), "#" + room + " is archived"));
        assertTrue(admin.text("tr[data-room='" + room + "']").contains("Archived"));
        admin.screenshot("admin-rooms-archived");

        member.waiting().until(d -> !member.driver.findElement(By.id("message")).isEnabled());
        assertTrue(member.text("#archived").contains("is archived: it is read-only"));
        member.screenshot("archived-room-live");
        member.driver.navigate().refresh();
        member.waiting().until(d -> member.text("#messages").contains("the last word"));
        assertTrue(member.text("#archived").contains("Its history stays readable."));
        assertTrue(!member.driver.findElement(By.id("message")).isEnabled(), "still read-only");
        member.screenshot("archived-room-reloaded");
      } catch (AssertionError | RuntimeException e) {
        member.screenshot("archive-member-failure");
        admin.screenshot("archive-admin-failure");
        throw e;
      }
    }
  }

  private static void send(Browser browser, String text) {
    var box = browser.field("Message");
    box.sendKeys(text);
    box.sendKeys(Keys.ENTER);
  }
}
