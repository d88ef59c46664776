package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.Visitor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator and a member, each in headless Chromium against the running system: the
 * administrator finds the member and disables the account, and the member's open chat page closes
 * with a message saying why.
 */
class AdminInBrowserIT {

  private static final String IVY = "ivy-in-browser";
  private static final String IVY_PASSWORD = "ivy's long password";

  @Test
  void anAdministratorDisablesAMemberWhoseOpenChatPageClosesWithAMessage() throws Exception {
    var system = TestSystem.system("embedded");
    Administrators.root(system);
    new Visitor(system.chatPort).createAccount(IVY, IVY_PASSWORD, "Ivy");

    try (var ivy = new Browser();
        var admin = new Browser()) {
      try {
        ivy.signIn(system.url("/login/"), IVY, IVY_PASSWORD);
        ivy.waiting()
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));

        admin.signIn(system.url("/login/"), Administrators.ROOT, Administrators.ROOT_PASSWORD);
        admin.follow("Admin");
        assertEquals("/admin/users/", admin.waitForPath("/admin/users/"));
        admin.type("Search", "ivy-in");
        admin.press("Search");
        admin.waiting().until(ExpectedConditions.urlContains("q=ivy-in"));
        admin.screenshot("admin-users-search");
        admin
            .driver
            .findElement(By.cssSelector("tr[data-username='" + IVY + "'] input[value='Disable']"))
            .click();
        admin
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("main"), IVY + " is disabled and signed out everywhere."));
        assertTrue(
            admin.text("tr[data-username='" + IVY + "']").contains("Disabled"), admin.text("main"));
        admin.screenshot("admin-users-disabled");

        ivy.waiting()
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "signed-out"));
        assertTrue(
            ivy.text("#messages").contains("Your account was disabled by an administrator."),
            ivy.text("#messages"));
        assertTrue(!ivy.driver.findElement(By.id("message")).isEnabled(), "nothing can be sent");
        ivy.screenshot("disabled-member-chat-page");

        ivy.open(system.url("/chat/"));
        assertEquals("/login/", ivy.waitForPath("/login/"), "the session is gone");
        ivy.type("Username", IVY);
        ivy.type("Password", IVY_PASSWORD);
        ivy.press("Sign in");
        ivy.waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("main"), "Your account is disabled."));

        admin
            .driver
            .findElement(
                By.cssSelector("tr[data-username='" + IVY + "'] input[value='Reset password']"))
            .click();
        admin
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("main"), "Temporary password for " + IVY));
        assertTrue(admin.text("#temporaryPassword").matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}"));
        admin.screenshot("admin-users-reset");

        admin.follow("Audit log");
        assertEquals("/admin/audit/", admin.waitForPath("/admin/audit/"));
        assertTrue(
            admin.text("#audit").contains("disabled the account " + IVY), admin.text("#audit"));
        admin.screenshot("admin-audit-log");
      } catch (AssertionError | RuntimeException e) {
        ivy.screenshot("admin-member-failure");
        admin.screenshot("admin-failure");
        throw e;
      }
    }
  }
}
