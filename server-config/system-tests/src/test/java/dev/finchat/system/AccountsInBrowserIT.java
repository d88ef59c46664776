package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's account as they live it, in headless Chromium against the running system: create it,
 * sign out, sign in again, edit the profile, and be refused someone else's editor.
 */
class AccountsInBrowserIT {

  @Test
  void createSignOutSignInEditAndBeRefusedAnotherUsersEditor() throws Exception {
    var system = TestSystem.system("embedded");
    new Visitor(system.chatPort).createAccount("mallory", "mallory's long pass", "Mallory");

    try (var browser = new Browser()) {
      try {
        browser.open(system.url("/create-user/"));
        // What lets a password manager fill the username and offer (and save) a new password.
        assertEquals("username", autocomplete(browser, "Username"));
        assertEquals("new-password", autocomplete(browser, "Password"));
        assertEquals("new-password", autocomplete(browser, "Confirm password"));
        assertEquals("nickname", autocomplete(browser, "Display name"));
        browser.type("Username", "carol");
        browser.type("Password", "short");
        browser.type("Confirm password", "short");
        browser.type("Display name", "Carol");
        browser.press("Create account");
        browser.waitForPath("/create-user/index.xhtml");
        assertTrue(
            browser.text("body").contains("A password needs at least 8 characters."),
            "the refusal is shown next to the field");
        assertEquals("carol", browser.field("Username").getAttribute("value"), "kept as typed");

        browser.type("Password", "carol's long password");
        browser.type("Confirm password", "carol's long password");
        browser.press("Create account");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
            .until(ExpectedConditions.urlContains("/chat/"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));

        browser.follow("Sign out");
        browser.press("Sign out");
        assertEquals("/login/", browser.waitForPath("/login/"));
        assertTrue(browser.text("main").contains("You are signed out."));

        browser.open(system.url("/u/carol/profile-edit/"));
        assertEquals(
            "/login/", browser.waitForPath("/login/"), "a signed-out visitor is sent to sign in");
        assertEquals("username", autocomplete(browser, "Username"));
        assertEquals("current-password", autocomplete(browser, "Password"));
        browser.type("Username", "carol");
        browser.type("Password", "carol's long password");
        browser.press("Sign in");
        assertEquals(
            "/u/carol/profile-edit/",
            browser.waitForPath("/u/carol/profile-edit/"),
            "and back to the page asked for");

        assertEquals("current-password", autocomplete(browser, "Current password"));
        assertEquals("new-password", autocomplete(browser, "New password"));
        browser.type("About", "Bonds, mostly.");
        browser.type("Display name", "Carol C.");
        browser.press("Save profile");
        assertEquals("/u/carol/", browser.waitForPath("/u/carol/"));
        assertTrue(browser.text("main").contains("Your profile is saved."));
        assertTrue(browser.text("main").contains("Carol C."));
        assertTrue(browser.text("main").contains("Bonds, mostly."));

        browser.open(system.url("/change-password/"));
        assertEquals("current-password", autocomplete(browser, "Current password"));
        assertEquals("new-password", autocomplete(browser, "New password"));
        assertEquals("new-password", autocomplete(browser, "Confirm new password"));

        browser.open(system.url("/u/mallory/profile-edit/"));
        assertTrue(browser.text("main").contains("That page is not yours"));
        browser.screenshot("refused-editor");
      } catch (AssertionError | RuntimeException e) {
        browser.screenshot("accounts-failure");
        throw e;
      }
    }
  }

  /** The autocomplete token the page gives the field labelled {@code label}, as sent. */
  private static String autocomplete(Browser browser, String label) {
    return browser.field(label).getDomAttribute("autocomplete");
  }
}
