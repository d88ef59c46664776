package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code ./finchat chaos --quick}: users chat and ask the bots while the bot node is killed and
 * restarted, while the (embedded) broker is, and while the provider misbehaves in every way it can;
 * every message and command is accounted for, none lost, duplicated, out of order, unanswered,
 * answered twice or wrong.
 */
class ChaosIT {

  @Test
  void nothingIsLostWhenTheBotNodeCrashesOrTheProviderMisbehaves() throws Exception {
    var system = TestSystem.system("embedded");

    // Exits non-zero, and so fails here, when any scenario does not pass.
    String printed =
        system.run(
            Duration.ofMinutes(10),
            "chaos",
            "--quick",
            "bot-kill",
            "broker-kill",
            "provider-chaos");

    for (String scenario : new String[] {"bot-kill", "broker-kill", "provider-chaos"}) {
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
  }
}
