package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code ./finchat chaos --quick}: users chat and ask the bots while the bot node is killed and
 * restarted, while the broker is (the embedded one, and a RabbitMQ node), while the chat node is
 * (its pages reconnect by themselves and load what they missed), while the broker ends the sessions
 * the bot's and the chat node's message beans consume on, while the provider misbehaves in every
 * way it can, while one page floods the room; every message and command is accounted for, none
 * lost, duplicated, out of order, unanswered, answered twice or wrong. Fuzzed commands and
 * malformed input get no 5xx, no server internals, no unescaped script, and leave the node ready
 * with its heap where it was.
 */
class ChaosIT {

  private static final String[] SCENARIOS = {
    "bot-kill", "broker-kill", "chat-kill", "consumer-drop", "provider-chaos", "fuzz", "flood"
  };

  @Test
  void nothingIsLostWhenPartsCrashTheProviderMisbehavesOrInputIsHostile() throws Exception {
    var system = TestSystem.system("chaos");

    assertEveryScenarioPasses(system);
  }

  /**
   * Every scenario again on RabbitMQ: a RabbitMQ node of the run's own is SIGKILLed and restarted,
   * the bot node and the chat node are, it ends the beans' sessions (their channels), the provider
   * misbehaves, input is hostile, a page floods; nothing is lost, duplicated or left unanswered
   * there either.
   */
  @Test
  void nothingIsLostWhenPartsCrashOnRabbitMq() throws Exception {
    var system = TestSystem.system("chaos-rabbitmq");

    assertEveryScenarioPasses(system);
  }

  /**
   * Runs every scenario, quick, on {@code system}: each one's line and file say it passed, every
   * page came back after chat-kill, and hostile input held.
   */
  private static void assertEveryScenarioPasses(RunningSystem system) throws Exception {
    var command = new java.util.ArrayList<>(java.util.List.of("chaos", "--quick"));
    command.addAll(java.util.List.of(SCENARIOS));
    // Exits non-zero, and so fails here, when any scenario does not pass.
    String printed = system.run(Duration.ofMinutes(15), command.toArray(String[]::new));

    for (String scenario : SCENARIOS) {
      assertPassed(printed, scenario);
      assertTrue(
          Files.readString(Path.of(TestSystem.projectDir(), "target", "chaos", scenario + ".json"))
              .contains("\"passed\": true"));
    }
    assertEveryPageCameBack(printed);
    assertSessionsEnded(printed);
    assertHostileInputHeld(printed);
  }

  /** The broker did end the beans' sessions: the scenario broke something. */
  private static void assertSessionsEnded(String printed) {
    assertTrue(
        printed.matches("(?s).*scenario=consumer-drop .* sessions_ended=[1-9]\\d*.*"), printed);
  }

  /**
   * Fuzzed input got no 5xx, no server internals, no unescaped script; the flooder was told, and
   * closed for a while, and none of the others lost their connection.
   */
  private static void assertHostileInputHeld(String printed) {
    assertTrue(
        printed.matches(
            "(?s).*scenario=fuzz .* http_5xx=0 ws_1011=0 leaks=0 scripts=0 healthy=true .*"),
        printed);
    assertTrue(
        printed.matches(
            "(?s).*scenario=flood .* rate_limited=true closed_for_flooding=[1-9][0-9]* .*"
                + " disconnects=0 .*"),
        printed);
  }

  /** The scenario's line: nothing lost, duplicated, unanswered, answered twice, out of order. */
  private static void assertPassed(String printed, String scenario) {
    assertTrue(
        printed.matches(
            "(?s).*scenario="
                + scenario
                + " sent=\\d+ ok=\\d+ failed=\\d+ lost=0 duplicated=0 unanswered=0"
                + " answered_twice=0 out_of_order=0 wrong=0 recovered=true.*"),
        printed);
  }

  /**
   * Every page lost its connection with the chat node, came back by itself, signed in by its login
   * cookie on the restarted node, and loaded what it missed.
   */
  private static void assertEveryPageCameBack(String printed) {
    assertTrue(
        printed.matches("(?s).*scenario=chat-kill .* reconnects=[1-9]\\d* still_offline=0.*"),
        printed);
  }

  /**
   * A person's chat page in Chromium while their chat node is killed and started again: the page
   * says it is offline, comes back by itself still signed in (the node's memory held the session;
   * the sign-in cookie replaces it), shows what was said meanwhile, and a reload does not ask for
   * the password.
   */
  @Test
  void aChatPageOutlivesItsNodesRestartStillSignedIn() throws Exception {
    var system = TestSystem.system("chaos");
    new Visitor(system.chatPort).createAccount("nora", "nora's long pass", "Nora");
    var olle = new Visitor(system.chatPort);
    olle.createAccount("olle", "olle's long pass", "Olle");

    try (var browser = Browser.signedInToChat(system, "nora", "nora's long pass")) {
      try {
        system.run(Duration.ofMinutes(1), "kill", "chat-1");
        browser
            .waiting()
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "offline"));
        system.run(Duration.ofMinutes(5), "start", "chat-1");

        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));
        // Olle, signed in before the restart, speaks through the restarted node with his cookies
        // alone; Nora's reconnected page hears him.
        try (var olles = ChatClient.inRoom(system.chatPort, olle.cookies(), "lobby")) {
          olles.say("welcome back, Nora");
        }
        browser.waiting().until(d -> browser.text("#messages").contains("welcome back, Nora"));

        browser.driver.navigate().refresh();
        assertEquals("/chat/", browser.waitForPath("/chat/"), "the reload asked for the password");
        browser
            .waiting()
            .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));
        // The reloaded page shows the room's history, what was said after the restart included.
        browser.waiting().until(d -> browser.text("#messages").contains("welcome back, Nora"));
        browser.screenshot("chat-node-restart");
      } catch (AssertionError | RuntimeException e) {
        browser.screenshot("chat-node-restart-failure");
        throw e;
      }
    }
  }
}
