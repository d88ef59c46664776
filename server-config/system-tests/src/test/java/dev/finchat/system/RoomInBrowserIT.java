package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people in the lobby, each in headless Chromium against the running system: they see each
 * other's messages as typed, under each other's display names, a command and its answer stay with
 * the asker, and history is there after a reload; a page that floods the room is closed for a while
 * and comes back; and it reads in dark mode, and fits a phone 375 px wide.
 */
class RoomInBrowserIT {

  @Test
  void twoPeopleChatAndOnlyTheAskerSeesTheBot() throws Exception {
    var system = TestSystem.system("embedded");
    var rita = new Visitor(system.chatPort);
    rita.createAccount("rita", "rita's long pass", "Rita Levi-Montalcini");
    var sam = new Visitor(system.chatPort);
    sam.createAccount("sam", "sam's long pass", "Sam");

    try (var ritaBrowser = Browser.signedInToChat(system, "rita", "rita's long pass");
        var samBrowser = Browser.signedInToChat(system, "sam", "sam's long pass")) {
      try {
        send(ritaBrowser, "hi Sam <b>not bold</b>");
        waitForText(samBrowser, "hi Sam <b>not bold</b>");
        send(samBrowser, "hello Rita");
        waitForText(ritaBrowser, "hello Rita");
        // Sam sees Rita under her display name, her username on hover, linked to her profile.
        var ritasName = By.cssSelector("#messages li[data-seq] a.author[data-author=rita]");
        samBrowser.waiting().until(ExpectedConditions.textToBe(ritasName, "Rita Levi-Montalcini"));
        var ritaAuthor = samBrowser.driver.findElement(ritasName);
        assertEquals("@rita", ritaAuthor.getAttribute("title"));
        assertTrue(
            ritaAuthor.getAttribute("href").endsWith("/u/rita/"), ritaAuthor.getAttribute("href"));

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

  /**
   * A system set to dark mode gets light text on dark ground everywhere: the room, a private bot
   * answer and its chart, the "/" menu, the sign-in form and the admin console; each text as
   * readable as in light mode (a contrast of at least 4.5, the chart's line at least 3).
   */
  @Test
  void inDarkModeEveryPartIsLightOnDarkAndReadable() throws Exception {
    var system = TestSystem.system("embedded");
    Administrators.root(system);

    try (var browser = new Browser()) {
      try {
        browser.open(system.url("/login/"));
        double lightPage = contrast(browser, "body")[1];
        browser.colorScheme("dark");
        browser.open(system.url("/login/"));
        assertDarkAndReadable(browser, "body", "main h2", "label", "input[type=password]");
        assertTrue(contrast(browser, "body")[1] < lightPage, "the page is darker than in light");
        browser.screenshot("dark-sign-in");

        browser.signIn(system.url("/login/"), Administrators.ROOT, Administrators.ROOT_PASSWORD);
        browser
            .waiting()
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));
        send(browser, "Dark mode says hello");
        waitForText(browser, "Dark mode says hello");
        send(browser, "/stock=AAPL.US");
        waitForText(browser, "AAPL.US quote is $232.87 per share.");
        assertDarkAndReadable(
            browser,
            ".bar h1",
            ".status",
            "#message",
            ".hint",
            "#online",
            ".rooms a",
            "#messages li[data-seq] .text",
            "#messages li[data-seq] .author",
            "#messages li[data-seq] .meta",
            "#messages li.private .text",
            "#messages li.private .tag");
        double line = chartLineContrast(browser);
        assertTrue(line >= 3, "the chart's line stands out from its answer: " + line);

        browser.field("Message").sendKeys("/");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
            .until(d -> d.findElement(By.id("command-menu")).isDisplayed());
        assertDarkAndReadable(
            browser,
            "#command-menu li[aria-selected=true] .command-name",
            "#command-menu li:last-child .command-purpose",
            "#command-menu li:last-child .command-example");
        browser.screenshot("dark-room");
        browser.field("Message").sendKeys(Keys.ESCAPE);

        browser.follow("Admin");
        assertEquals("/admin/users/", browser.waitForPath("/admin/users/"));
        assertDarkAndReadable(
            browser,
            ".admin-nav a.current",
            ".admin-nav a:not(.current)",
            ".admin-table th",
            ".admin-table td",
            ".admin-table .actions input[type=submit]");
        browser.screenshot("dark-admin-users");
      } catch (AssertionError | RuntimeException e) {
        browser.screenshot("dark-failure");
        throw e;
      }
    }
  }

  /**
   * On a phone 375 px wide nothing makes a page scroll sideways: the sign-in and create-user forms,
   * and the room with its bar, rooms, message box, "/" menu, a bot's chart and a long word; the box
   * sends as on a desktop.
   */
  @Test
  void onAPhone375PxWideNothingScrollsSidewaysAndTheBoxSends() throws Exception {
    var system = TestSystem.system("embedded");
    new Visitor(system.chatPort).createAccount("pia", "pia's long pass", "Pia");

    try (var browser = new Browser()) {
      try {
        browser.phoneWidth();
        browser.open(system.url("/create-user/"));
        assertFits(browser);
        assertTrue(browser.field("Confirm password").isDisplayed());
        browser.screenshot("phone-create-user");

        browser.signIn(system.url("/login/"), "pia", "pia's long pass");
        browser
            .waiting()
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));
        assertFits(browser);

        var box = browser.field("Message");
        assertTrue(box.isDisplayed() && box.getRect().getWidth() >= 150, "room to type");
        send(browser, "typed on a phone");
        waitForText(browser, "typed on a phone");
        send(
            browser,
            "https://example.com/a-very-long-address-with-no-room-to-break-in-it/"
                + "x".repeat(60));
        waitForText(browser, "x".repeat(60));
        send(browser, "/stock=AAPL.US");
        waitForText(browser, "AAPL.US quote is $232.87 per share.");
        assertFits(browser);

        box.sendKeys("/");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
            .until(d -> d.findElement(By.id("command-menu")).isDisplayed());
        var menu = browser.driver.findElement(By.id("command-menu")).getRect();
        assertTrue(menu.getX() >= 0 && menu.getX() + menu.getWidth() <= 375, "menu: " + menu);
        assertFits(browser);
        browser.screenshot("phone-room");
        box.sendKeys(Keys.ESCAPE);

        browser.follow("Sign out");
        browser.press("Sign out");
        assertEquals("/login/", browser.waitForPath("/login/"));
        assertFits(browser);
        browser.screenshot("phone-sign-in");
      } catch (AssertionError | RuntimeException e) {
        browser.screenshot("phone-failure");
        throw e;
      }
    }
  }

  /**
   * A cashtag in a message is a link on every page; opening it asks the card bot, and the card
   * (price, the day's range, a 30-day chart) shows to the one who opened it only.
   */
  @Test
  void aCashtagOpensTheCodesCardForTheOneWhoOpensIt() throws Exception {
    var system = TestSystem.system("embedded");
    new Visitor(system.chatPort).createAccount("zoe", "zoe's long pass", "Zoe");
    new Visitor(system.chatPort).createAccount("abe", "abe's long pass", "Abe");

    try (var zoeBrowser = Browser.signedInToChat(system, "zoe", "zoe's long pass");
        var abeBrowser = Browser.signedInToChat(system, "abe", "abe's long pass")) {
      try {
        send(zoeBrowser, "Watching $AAPL.US today, not $5 or US$AAPL");
        waitForText(abeBrowser, "Watching $AAPL.US today");
        var tags = abeBrowser.driver.findElements(By.cssSelector("#messages a.cashtag"));
        assertEquals(1, tags.size(), "only the cashtag is a link");
        assertEquals("$AAPL.US", tags.get(0).getText());

        tags.get(0).click();
        var card = By.cssSelector("#messages li.card");
        abeBrowser.waiting().until(ExpectedConditions.visibilityOfElementLocated(card));
        String shown = abeBrowser.text("#messages li.card");
        assertTrue(shown.contains("AAPL.US: $232.87 on "), shown);
        assertTrue(shown.contains("day range $"), shown);
        assertTrue(shown.contains("only visible to you"), shown);
        assertEquals(
            1,
            abeBrowser.driver.findElements(By.cssSelector("#messages li.card svg.chart")).size());
        abeBrowser.screenshot("cashtag-card");

        send(zoeBrowser, "still here");
        waitForText(zoeBrowser, "still here");
        assertFalse(zoeBrowser.text("#messages").contains("day range"), "Zoe saw Abe's card");
      } catch (AssertionError | RuntimeException e) {
        zoeBrowser.screenshot("cashtag-failure-zoe");
        abeBrowser.screenshot("cashtag-failure-abe");
        throw e;
      }
    }
  }

  /**
   * What others post in a room a person is not looking at shows as a count beside that room in the
   * room list, their own messages not counted; opening the room reads it, and while they are in
   * another room the count follows what comes, without a reload.
   */
  @Test
  void theRoomListCountsWhatWaitsUnreadInTheOtherRooms() throws Exception {
    var system = TestSystem.system("embedded");
    String room = "unread-" + (System.nanoTime() % 100_000);
    var xia = new Visitor(system.chatPort);
    xia.createAccount("xia", "xia's long pass", "Xia");
    var yan = new Visitor(system.chatPort);
    yan.createAccount("yan", "yan's long pass", "Yan");
    yan.submit("/chat/", "rooms", Map.of("rooms:newRoom", room, "rooms:create", "Create room"));
    postIn(system, yan, room, "yan one", "yan two", "yan three");

    try (var browser = Browser.signedInToChat(system, "xia", "xia's long pass")) {
      var badge = By.cssSelector(".rooms a[data-room='" + room + "'] .unread");
      try {
        browser.waiting().until(ExpectedConditions.textToBe(badge, "3"));
        assertEquals("3 unread", browser.driver.findElement(badge).getAttribute("aria-label"));
        browser.screenshot("room-list-unread");

        browser.open(system.url("/chat/" + room + "/"));
        waitForText(browser, "yan three");
        browser.waiting().until(d -> unread(xia).contains("\"" + room + "\":0"));
        browser.open(system.url("/chat/"));
        browser
            .waiting()
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));

        postIn(system, yan, room, "yan four", "yan five");
        postIn(system, xia, room, "xia's own");
        new WebDriverWait(browser.driver, Duration.ofSeconds(45))
            .until(ExpectedConditions.textToBe(badge, "2"));
      } catch (AssertionError | RuntimeException e) {
        browser.screenshot("room-list-unread-failure");
        throw e;
      }
    }
  }

  private static String unread(Visitor who) {
    try {
      return who.get("/api/unread").body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void postIn(RunningSystem system, Visitor who, String room, String... lines)
      throws Exception {
    try (var page = ChatClient.inRoom(system.chatPort, who.sessionCookie(), room)) {
      for (String line : lines) {
        page.say(line);
        assertNotNull(page.nextOfKind("message", Duration.ofSeconds(20)), line);
      }
    }
  }

  /**
   * A room with more messages than its page first shows: scrolling to the end of the list loads the
   * older ones, a page at a time by sequence number, each once and in order, until the page says it
   * has reached the room's start.
   */
  @Test
  void scrollingBackLoadsTheOlderMessagesToTheRoomsStart() throws Exception {
    var system = TestSystem.system("embedded");
    String room = "back-" + (System.nanoTime() % 100_000);
    var writers = new java.util.ArrayList<Visitor>();
    for (String name : new String[] {"uma", "vic", "wyn"}) {
      var writer = new Visitor(system.chatPort);
      writer.createAccount(name, name + "'s long pass", name.toUpperCase());
      writers.add(writer);
    }
    writers
        .get(0)
        .submit("/chat/", "rooms", Map.of("rooms:newRoom", room, "rooms:create", "Create room"));
    // 75 lines, 25 from each writer (a person's allowance is 30 per 10 s), each stored before the
    // next is sent so that their order is the room's.
    int line = 0;
    for (var writer : writers) {
      try (var page = ChatClient.inRoom(system.chatPort, writer.sessionCookie(), room)) {
        for (int i = 0; i < 25; i++) {
          page.say(String.format("line %02d", ++line));
          assertNotNull(page.nextOfKind("message", Duration.ofSeconds(20)), "line " + line);
        }
      }
    }

    try (var browser = Browser.signedInToChat(system, "uma", "uma's long pass")) {
      try {
        browser.open(system.url("/chat/" + room + "/"));
        waitForText(browser, "line 75");
        assertEquals(50, lines(browser).size(), "the first page shows the latest 50");
        assertEquals("line 26", lines(browser).get(49));
        assertFalse(browser.driver.findElement(By.id("history-start")).isDisplayed());

        browser.script("document.getElementById('older').scrollIntoView();");
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("history-start")));
        var shown = lines(browser);
        var expected = new java.util.ArrayList<String>();
        for (int n = 75; n >= 1; n--) {
          expected.add(String.format("line %02d", n));
        }
        assertEquals(expected, shown, "every line once, newest first");
        assertEquals("This is the start of #" + room + ".", browser.text("#history-start"));
        assertFalse(browser.driver.findElement(By.id("older")).isDisplayed());
        browser.screenshot("room-scrolled-back");
      } catch (AssertionError | RuntimeException e) {
        browser.screenshot("room-scroll-back-failure");
        throw e;
      }
    }
  }

  /**
   * Its author deletes a message from the chat page: another person's open page shows it deleted at
   * once, in its place, and only the author's own messages carry a Delete button.
   */
  @Test
  void aMessageItsAuthorDeletesIsShownDeletedOnAnotherOpenPage() throws Exception {
    var system = TestSystem.system("embedded");
    new Visitor(system.chatPort).createAccount("xia", "xia's long pass", "Xia");
    new Visitor(system.chatPort).createAccount("yan", "yan's long pass", "Yan");

    try (var xia = Browser.signedInToChat(system, "xia", "xia's long pass");
        var yan = Browser.signedInToChat(system, "yan", "yan's long pass")) {
      try {
        send(xia, "xia posts this by mistake");
        waitForText(yan, "xia posts this by mistake");
        send(yan, "yan keeps this one");
        waitForText(xia, "yan keeps this one");
        assertTrue(
            yan.driver
                .findElements(
                    By.xpath(
                        "//li[contains(., 'xia posts this by mistake')]//button[@class='delete']"))
                .isEmpty(),
            "Yan may not delete Xia's message");

        xia.driver
            .findElement(
                By.xpath("//li[contains(., 'xia posts this by mistake')]//button[@class='delete']"))
            .click();

        waitForText(yan, "This message was deleted.");
        assertFalse(yan.text("#messages").contains("xia posts this by mistake"));
        assertTrue(yan.text("#messages").contains("yan keeps this one"));
        waitForText(xia, "This message was deleted.");
        yan.screenshot("room-message-deleted");
        yan.driver.navigate().refresh();
        waitForText(yan, "This message was deleted.");
        assertFalse(yan.text("#messages").contains("xia posts this by mistake"));
      } catch (AssertionError | RuntimeException e) {
        xia.screenshot("room-delete-failure-xia");
        yan.screenshot("room-delete-failure-yan");
        throw e;
      }
    }
  }

  /** The stored messages' texts the page shows, top to bottom. */
  private static java.util.List<String> lines(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#messages li[data-seq] .text")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }

  private static void assertFits(Browser browser) {
    long width = browser.pageWidth();
    assertTrue(width <= 375, browser.path() + " is " + width + " px wide");
  }

  /**
   * Each element's text against the ground it stands on: dark (a relative luminance below 0.05) and
   * readable (a WCAG contrast of at least 4.5).
   */
  private static void assertDarkAndReadable(Browser browser, String... selectors) {
    for (String selector : selectors) {
      double[] found = contrast(browser, selector);
      assertTrue(found[1] < 0.05, selector + " stands on a light ground: " + found[1]);
      assertTrue(found[0] >= 4.5, selector + " has a contrast of " + found[0]);
    }
  }

  /** The contrast of the element's text with its ground, and the ground's relative luminance. */
  private static double[] contrast(Browser browser, String selector) {
    @SuppressWarnings("unchecked")
    var found =
        (java.util.List<Number>)
            browser.script(
                LUMINANCE
                    + "var el = document.querySelector(arguments[0]);"
                    + "var fg = luminance(getComputedStyle(el).color), bg = luminance(ground(el));"
                    + "return [(Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05), bg];",
                selector);
    return new double[] {found.get(0).doubleValue(), found.get(1).doubleValue()};
  }

  private static double chartLineContrast(Browser browser) {
    return ((Number)
            browser.script(
                LUMINANCE
                    + "var line = document.querySelector('#messages svg.chart polyline');"
                    + "var fg = luminance(getComputedStyle(line).stroke), bg = luminance(ground(line));"
                    + "return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);"))
        .doubleValue();
  }

  /**
   * WCAG's relative luminance of a computed colour, and the first opaque ground behind an element.
   */
  private static final String LUMINANCE =
      "function luminance(css) {"
          + "  var c = css.match(/[\\d.]+/g).slice(0, 3).map(function (v) { v = v / 255;"
          + "    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });"
          + "  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; }"
          + "function ground(el) {"
          + "  for (; el; el = el.parentElement) { var bg = getComputedStyle(el).backgroundColor;"
          + "    var a = bg.match(/[\\d.]+/g); if (a.length < 4 || Number(a[3]) > 0) { return bg; } }"
          + "  return 'rgb(255, 255, 255)'; }";

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
