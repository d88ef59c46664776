package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people in the lobby, each in headless Chromium against the running system: they see each
 * other's messages as typed, a command and its answer stay with the asker, and history is there
 * after a reload; a page that floods the room is closed for a while and comes back.
 */
class RoomInBrowserIT {

  @Test
  void twoPeopleChatAndOnlyTheAskerSeesTheBot() throws Exception {
    var system = TestSystem.system("embedded");
    var rita = new Visitor(system.chatPort);
    rita.createAccount("rita", "rita's long pass", "Rita");
    var sam = new Visitor(system.chatPort);
    sam.createAccount("sam", "sam's long pass", "Sam");

    try (var ritaBrowser = Browser.signedInToChat(system, "rita", "rita's long pass");
        var samBrowser = Browser.signedInToChat(system, "sam", "sam's long pass")) {
      try {
        send(ritaBrowser, "hi Sam <b>not bold</b>");
        waitForText(samBrowser, "hi Sam <b>not bold</b>");
        send(samBrowser, "hello Rita");
        waitForText(ritaBrowser, "hello Rita");

        send(ritaBrowser, "/stock=AAPL.US");
        waitForText(ritaBrowser, "AAPL.US quote is $232.87 per share.");
        assertTrue(ritaBrowser.text("#messages").contains("only visible to you"));
        var chart = ritaBrowser.driver.findElement(By.cssSelector("#messages svg.chart"));
        assertTrue(
            chart
                .getAttribute("aria-label")
                .startsWith("Closing prices over 30 days, from 2026-10-14 to 2026-11-24"),
            chart.getAttribute("aria-label"));

        send(samBrowser, "anyone there?");
        waitForText(ritaBrowser, "anyone there?");
        assertFalse(samBrowser.text("#messages").contains("AAPL"), "Sam saw Rita's command");
        assertEquals(
            0,
            ritaBrowser.driver.findElements(By.cssSelector("#messages b")).size(),
            "text is never interpreted as HTML");

        samBrowser.driver.navigate().refresh();
        waitForText(samBrowser, "hi Sam <b>not bold</b>");
        String history = samBrowser.text("#messages");
        assertTrue(
            history.indexOf("anyone there?") < history.indexOf("hello Rita"), "newest first");
        ritaBrowser.screenshot("room-rita");
        samBrowser.screenshot("room-sam");
      } catch (AssertionError | RuntimeException e) {
        ritaBrowser.screenshot("room-failure-rita");
        samBrowser.screenshot("room-failure-sam");
        throw e;
      }
    }
  }

  /**
   * A page that goes on sending after being told it is too fast is a script: the node tells it to
   * wait and closes it, the page says so and why, waits, and comes back by itself; the other person
   * in the room only ever sees what was let through.
   */
  @Test
  void aPageThatFloodsTheRoomIsClosedForAWhileAndComesBack() throws Exception {
    var system = TestSystem.system("embedded");
    new Visitor(system.chatPort).createAccount("flo", "flo's long pass", "Flo");
    new Visitor(system.chatPort).createAccount("ida", "ida's long pass", "Ida");

    try (var floBrowser = Browser.signedInToChat(system, "flo", "flo's long pass");
        var idaBrowser = Browser.signedInToChat(system, "ida", "ida's long pass")) {
      try {
        // Far more than a person could type: 30 go through, then each is refused, then the page
        // is closed.
        ((org.openqa.selenium.JavascriptExecutor) floBrowser.driver)
            .executeScript(
                "var box = document.getElementById('message');"
                    + " var form = document.getElementById('composer');"
                    + " for (var i = 0; i < 250; i++) { box.value = 'spam ' + i;"
                    + " form.requestSubmit(); }");

        waitForText(floBrowser, "Too many messages too fast: reconnecting in 10 s.");
        assertTrue(
            floBrowser.text("#messages").contains("You are sending messages too fast"),
            "each refused message said so first");
        new WebDriverWait(floBrowser.driver, Duration.ofSeconds(30))
            .until(
                d ->
                    "online"
                        .equals(
                            floBrowser
                                .driver
                                .findElement(By.id("status"))
                                .getAttribute("data-state")));
        waitForText(floBrowser, "You are back online");

        waitForText(idaBrowser, "spam 0");
        assertFalse(idaBrowser.text("#messages").contains("spam 249"), "a refused message shown");
        assertEquals(
            "online",
            idaBrowser.driver.findElement(By.id("status")).getAttribute("data-state"),
            "the other page kept its connection");
        floBrowser.screenshot("flood-flo");
      } catch (AssertionError | RuntimeException e) {
        floBrowser.screenshot("flood-failure-flo");
        idaBrowser.screenshot("flood-failure-ida");
        throw e;
      }
    }
  }

  private static void send(Browser browser, String text) {
    var box = browser.field("Message");
    box.sendKeys(text);
    box.sendKeys(Keys.ENTER);
  }

  private static void waitForText(Browser browser, String text) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> browser.text("#messages").contains(text));
  }
}
