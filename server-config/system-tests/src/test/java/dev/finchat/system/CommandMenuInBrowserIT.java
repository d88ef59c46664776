package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "/" menu of the chat page's message box, in headless Chromium against the running system: it
 * offers the server's commands with examples, narrows as one types, picks with the keyboard or the
 * mouse without sending, and closes on Escape.
 */
class CommandMenuInBrowserIT {

  @Test
  void slashOffersTheCommandsAndPickingFillsTheBoxWithoutSending() throws Exception {
    var system = TestSystem.system("embedded");
    new Visitor(system.chatPort).createAccount("mia", "mia's long pass", "Mia");

    try (var browser = Browser.signedInToChat(system, "mia", "mia's long pass")) {
      try {
        var box = browser.field("Message");
        assertEquals("combobox", box.getAttribute("role"));
        assertEquals("command-menu", box.getAttribute("aria-controls"));
        assertEquals("false", box.getAttribute("aria-expanded"));

        box.sendKeys("/");
        List<String> rows = waitForRows(browser, 4);
        // The live catalogue's commands, in command-word order, then /help.
        assertTrue(rows.get(0).contains("/card="), rows.toString());
        assertTrue(rows.get(0).contains("price, day range and 30-day chart"), rows.toString());
        assertTrue(rows.get(1).contains("/day_range="), rows.toString());
        assertTrue(rows.get(1).contains("today's low and high"), rows.toString());
        assertTrue(rows.get(1).contains("/day_range=AAPL.US"), rows.toString());
        assertTrue(rows.get(2).contains("/stock="), rows.toString());
        assertTrue(rows.get(2).contains("latest price"), rows.toString());
        assertTrue(rows.get(2).contains("/stock=AAPL.US"), rows.toString());
        assertTrue(rows.get(3).contains("/help"), rows.toString());
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertEquals("listbox", menu(browser).getAttribute("role"));
        assertEquals(
            options(browser).get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        browser.screenshot("command-menu");

        box.sendKeys("da");
        rows = waitForRows(browser, 1);
        assertTrue(rows.get(0).contains("/day_range="), rows.toString());

        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertEquals("/day_range=", box.getAttribute("value"));
        waitForClosedMenu(browser);
        assertEquals(box, browser.driver.switchTo().activeElement(), "the box keeps the focus");

        box.sendKeys("AAPL.US", Keys.ENTER);
        waitForText(browser, "AAPL.US day range: low $229.02, high $233.45.");
        // Had Enter sent the bare "/day_range=", its answer would have come before this one.
        assertFalse(browser.text("#messages").contains("needs a value"), "picking sent the box");
        assertEquals("", box.getAttribute("value"));

        box.sendKeys("/");
        waitForRows(browser, 4);
        options(browser).get(2).click();
        assertEquals("/stock=", box.getAttribute("value"));
        waitForClosedMenu(browser);
        assertEquals(box, browser.driver.switchTo().activeElement(), "the box keeps the focus");

        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "/");
        waitForRows(browser, 4);
        box.sendKeys(Keys.ESCAPE);
        waitForClosedMenu(browser);
        assertEquals("/", box.getAttribute("value"));
        assertEquals("false", box.getAttribute("aria-expanded"));

        box.sendKeys("h");
        waitForRows(browser, 1);
        box.sendKeys(Keys.TAB);
        assertEquals("/help", box.getAttribute("value"));
        waitForClosedMenu(browser);
        box.sendKeys(Keys.ENTER);
        waitForText(
            browser,
            "Commands: /card=AAPL.US (price, day range and 30-day chart); /day_range=AAPL.US"
                + " (today's low and high); /stock=AAPL.US (latest price); /help (this list).");
      } catch (AssertionError | RuntimeException e) {
        browser.screenshot("command-menu-failure");
        throw e;
      }
    }
  }

  private static WebElement menu(Browser browser) {
    return browser.driver.findElement(By.id("command-menu"));
  }

  private static List<WebElement> options(Browser browser) {
    return menu(browser).findElements(By.cssSelector("[role=option]"));
  }

  /** The menu's rows as shown, once it shows {@code count} of them. */
  private static List<String> waitForRows(Browser browser, int count) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> menu(browser).isDisplayed() && options(browser).size() == count);
    return options(browser).stream().map(WebElement::getText).toList();
  }

  private static void waitForClosedMenu(Browser browser) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> !menu(browser).isDisplayed());
  }

  private static void waitForText(Browser browser, String text) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> browser.text("#messages").contains(text));
  }
}
