package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code ./finchat chaos --quick}: users chat and ask the bots while the bot node is killed and
 * restarted, while the (embedded) broker is, while the chat node is (its pages reconnect by
 * themselves and load what they missed), while the provider misbehaves in every way it can, while
 * one page floods the room; every message and command is accounted for, none lost, duplicated, out
 * of order, unanswered, answered twice or wrong. Fuzzed commands and malformed input get no 5xx, no
 * server internals, no unescaped script, and leave the node ready with its heap where it was.
 */
class ChaosIT {

  @Test
  void nothingIsLostWhenPartsCrashTheProviderMisbehavesOrInputIsHostile() throws Exception {
    var system = TestSystem.system("chaos");

    // Exits non-zero, and so fails here, when any scenario does not pass.
    String printed =
        system.run(
            Duration.ofMinutes(15),
            "chaos",
            "--quick",
            "bot-kill",
            "broker-kill",
            "chat-kill",
            "provider-chaos",
            "fuzz",
            "flood");

    for (String scenario :
        new String[] {"bot-kill", "broker-kill", "chat-kill", "provider-chaos", "fuzz", "flood"}) {
      assertTrue(
          printed.matches(
              "(?s).*scenario="
                  + scenario
                  + " sent=\\d+ ok=\\d+ failed=\\d+ lost=0 duplicated=0 unanswered=0"
                  + " answered_twice=0 out_of_order=0 wrong=0 recovered=true.*"),
          printed);
      assertTrue(
          Files.readString(Path.of(TestSystem.projectDir(), "target", "chaos", scenario + ".json"))
              .contains("\"passed\": true"));
    }
    assertTrue(
        printed.matches(
            "(?s).*scenario=fuzz .* http_5xx=0 ws_1011=0 leaks=0 scripts=0 healthy=true .*"),
        printed);
    // Every page lost its connection with the chat node, came back by itself, signed in by its
    // login cookie on the restarted node, and loaded what it missed.
    assertTrue(
        printed.matches("(?s).*scenario=chat-kill .* reconnects=[1-9]\\d* still_offline=0.*"),
        printed);
    assertTrue(
        printed.matches("(?s).*scenario=flood .* rate_limited=true .* disconnects=0 .*"), printed);
  }
}
