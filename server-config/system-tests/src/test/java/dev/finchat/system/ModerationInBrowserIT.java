package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator and a member, each in headless Chromium against the running system: the member
 * reads the lobby while the administrator finds a message and deletes it, and it vanishes from the
 * member's open page without a reload.
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
        signIn(mia, system, MIA, MIA_PASSWORD);
        wait(mia).until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));
        send(mia, kept);
        send(mia, unwanted);
        wait(mia).until(d -> mia.text("#messages").contains(unwanted));

        signIn(admin, system, Administrators.ROOT, Administrators.ROOT_PASSWORD);
        admin.follow("Admin");
        admin.waitForPath("/admin/users/");
        admin.follow("Messages");
        assertEquals("/admin/messages/", admin.waitForPath("/admin/messages/"));
        admin.type("Author", MIA);
        admin.type("Text", "unwanted");
        admin.press("Find");
        wait(admin).until(ExpectedConditions.urlContains("text=unwanted"));
        assertTrue(admin.text("main").contains(unwanted), admin.text("main"));
        admin.screenshot("admin-messages-search");
        admin.driver.findElement(By.cssSelector("input[value='Delete']")).click();
        wait(admin)
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("main"), "it is gone from history and from every open page"));
        admin.screenshot("admin-messages-deleted");

        wait(mia).until(d -> !mia.text("#messages").contains(unwanted));
        assertTrue(mia.text("#messages").contains(kept), "only that message goes");
        mia.screenshot("moderated-member-chat-page");

        mia.driver.navigate().refresh();
        wait(mia).until(d -> mia.text("#messages").contains(kept));
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

  private static void signIn(Browser browser, RunningSystem system, String user, String password) {
    browser.open(system.url("/login/"));
    browser.type("Username", user);
    browser.type("Password", password);
    browser.press("Sign in");
    browser.waitForPath("/chat/");
  }

  private static void send(Browser browser, String text) {
    var box = browser.field("Message");
    box.sendKeys(text);
    box.sendKeys(Keys.ENTER);
  }

  private static WebDriverWait wait(Browser browser) {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(15));
  }
}
