package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The console's bots and broker page and the chat node's metrics on the running system: who may
 * open the page, each bot probed live through the broker, the last hour's commands by outcome, the
 * broker's state, queue depths only where the broker reports them, and the same counts on {@code
 * /metrics}.
 */
class BotsConsoleIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final RunningSystem system = TestSystem.system("embedded");

  @Test
  void onlyAdministratorsOpenTheBotsPage() throws Exception {
    var root = Administrators.root(system);
    var user = new Visitor(system.chatPort);
    user.createAccount("bots-plain-pam", "bots-plain-pam's long pass", "Pam");
    var anonymous = new Visitor(system.chatPort);

    assertEquals("/login/", anonymous.get("/admin/bots/").uri().getPath());
    var refused = user.get("/admin/bots/");
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("That page is for administrators"), refused.body());
    assertEquals(200, root.get("/admin/bots/").statusCode());
  }

  @Test
  void eachBotIsProbedLiveAndTheBrokerIsConnected() throws Exception {
    var page = Administrators.root(system).get("/admin/bots/").body();

    assertTrue(
        row(page, "StockBot")
            .matches(
                "(?s).*Answers \\(round trip \\d+ ms\\): AAPL.US quote is \\$232.87 per share.*"),
        page);
    assertTrue(
        row(page, "DayRangeBot")
            .matches(
                "(?s).*Answers \\(round trip \\d+ ms\\): AAPL.US day range: low \\$229.02, high"
                    + " \\$233.45.*"),
        page);
    assertTrue(
        row(page, "CardBot")
            .matches("(?s).*Answers \\(round trip \\d+ ms\\): AAPL.US: \\$232.87 on .*"),
        page);
    assertTrue(page.contains("Connected: this chat node can send commands."), page);
    assertTrue(
        page.contains("not reported (the broker's management API is not configured)"),
        "the embedded broker reports no depths, and none is made up");
    assertFalse(page.contains("RabbitMQ management UI"), "no link without the management API");
  }

  @Test
  void theLastHoursCommandsAreCountedByOutcomeOnThePageAndInTheMetrics() throws Exception {
    var root = Administrators.root(system);
    var cleo = new Visitor(system.chatPort);
    cleo.createAccount("bots-counted-cleo", "bots-counted-cleo's long pass", "Cleo");
    var before = root.get("/admin/bots/").body();

    try (var chat = new ChatClient(system.chatPort, cleo.sessionCookie())) {
      chat.say("/stock=AAPL.US");
      String answer = chat.nextOfKind("bot", WAIT);
      assertNotNull(answer);
      assertTrue(answer.contains("\"error\":false"), answer);
      chat.say("/stock=NO SUCH CODE");
      String failed = chat.nextOfKind("bot", WAIT);
      assertNotNull(failed);
      assertTrue(failed.contains("\"error\":true"), failed);
    }

    var after = root.get("/admin/bots/").body();
    assertEquals(
        count(before, "StockBot", "answered") + 1, count(after, "StockBot", "answered"), after);
    assertEquals(
        count(before, "StockBot", "answered with an error") + 1,
        count(after, "StockBot", "answered with an error"),
        after);
    assertTrue(after.contains("counted in memory by this chat node, over a rolling hour"));

    String metrics = root.get("/metrics?scope=application").body();
    assertTrue(
        Pattern.compile(
                "finchat_commands_ended_total\\{bot=\"stock\",mp_scope=\"application\","
                    + "outcome=\"answered\"\\} [1-9]")
            .matcher(metrics)
            .find(),
        metrics);
    assertTrue(metrics.contains("outcome=\"failed\""), metrics);
    assertTrue(metrics.contains("finchat_commands_sent_total{bot=\"stock\""), metrics);
    assertTrue(
        metrics.contains("finchat_commands_round_trip_milliseconds_count{bot=\"stock\""), metrics);
  }

  @Test
  void theBotsPageInABrowser() throws Exception {
    Administrators.root(system);
    try (var admin = new Browser()) {
      admin.open(system.url("/login/"));
      admin.type("Username", Administrators.ROOT);
      admin.type("Password", Administrators.ROOT_PASSWORD);
      admin.press("Sign in");
      admin.waitForPath("/chat/");
      admin.follow("Admin");
      admin.waitForPath("/admin/users/");
      admin.follow("Bots and broker");
      assertEquals("/admin/bots/", admin.waitForPath("/admin/bots/"));
      assertTrue(admin.text("#bots").contains("StockBot"), admin.text("main"));
      assertTrue(admin.driver.findElements(By.cssSelector("#bots tr.down")).isEmpty());
      admin.screenshot("admin-bots");
    }
  }

  private static String row(String page, String bot) {
    var match = Pattern.compile("(?s)<tr data-bot=\"" + bot + "\"[^>]*>(.*?)</tr>").matcher(page);
    assertTrue(match.find(), "no row for " + bot + ": " + page);
    return match.group(1);
  }

  private static long count(String page, String bot, String outcome) {
    var match =
        Pattern.compile("<li>(\\d+) " + Pattern.quote(outcome) + "</li>").matcher(row(page, bot));
    assertTrue(match.find(), outcome + " of " + bot + ": " + page);
    return Long.parseLong(match.group(1));
  }
}
