package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.finchat.tools.Probe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A provider that keeps failing ({@code ./finchat quotes error_500}): every asker still gets an
 * answer in plain words, the bot stops calling the provider after a few failures (its circuit
 * breaker opens), and once the provider is back the bot finds out by itself. {@code ./finchat
 * probe} shows each bot's answer to each of the providers' failure modes.
 */
class ProviderOutageIT {

  private static final String UNAVAILABLE =
      "The quote service is unavailable, try again in a moment.";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  /** The stub's codes that fail once each, as the providers do (see QuoteStub). */
  private static final List<String> FAILING_CODES =
      List.of(
          "HTML.US", "DENIED.US", "NOTFOUND.US", "BROKEN.US", "TRUNCATED.US", "SLOW.US", "HANG.US");

  @Test
  void theBotLeavesAFailingProviderAloneAndComesBackToItByItself() throws Exception {
    var system = TestSystem.system("embedded");
    try (var probe = new Probe(system.brokerUrl())) {
      probe.ask("day_range", "AAPL.US", PATIENCE); // the bot is up and its breaker closed
      system.run(Duration.ofMinutes(1), "quotes", "error_500");

      for (int i = 0; i < 4; i++) {
        assertEquals(UNAVAILABLE, text(probe.ask("day_range", "AAPL.US", PATIENCE)), "try " + i);
      }
      int served = system.stubRequests();
      for (int i = 0; i < 3; i++) {
        assertEquals(UNAVAILABLE, text(probe.ask("day_range", "AAPL.US", PATIENCE)));
      }
      assertEquals(served, system.stubRequests(), "the bot kept calling a failing provider");

      system.run(Duration.ofMinutes(1), "quotes", "healthy");
      assertEquals("AAPL.US day range: low $229.02, high $233.45.", recovered(probe, "day_range"));
    } finally {
      system.run(Duration.ofMinutes(1), "quotes", "healthy");
    }
  }

  @Test
  void theProbeGetsAPlainWordsAnswerFromEachBotForEachFailureMode() throws Exception {
    var system = TestSystem.system("embedded");
    var commands = new ArrayList<String>();
    for (String bot : List.of("stock", "day_range")) {
      // Before the failures: once they open the circuit, the provider is not asked at all.
      commands.add("/" + bot + "=NOSUCH.US");
      commands.add("/" + bot + "=a b");
      for (String code : FAILING_CODES) {
        commands.add("/" + bot + "=" + code);
      }
    }
    commands.add(0, "probe");

    String printed = system.run(Duration.ofMinutes(3), commands.toArray(String[]::new));

    assertEquals(2 * FAILING_CODES.size(), occurrences(printed, UNAVAILABLE), printed);
    assertEquals(2, occurrences(printed, "No quote found for NOSUCH.US."), printed);
    assertEquals(
        2, occurrences(printed, "\"a b\" is not a stock code: use letters, digits and dots."));
    assertFalse(printed.contains("$"), "a failure mode gave a price: " + printed);
    try (var probe = new Probe(system.brokerUrl())) {
      assertEquals("AAPL.US quote is $232.87 per share.", recovered(probe, "stock"));
      assertEquals("AAPL.US day range: low $229.02, high $233.45.", recovered(probe, "day_range"));
    }
  }

  /** The bot's answer for AAPL.US once its provider's circuit breaker has let a call through. */
  private static String recovered(Probe probe, String bot) throws Exception {
    var deadline = Instant.now().plusSeconds(30);
    String answer;
    do {
      Thread.sleep(500);
      answer = text(probe.ask(bot, "AAPL.US", PATIENCE));
    } while (answer.equals(UNAVAILABLE) && Instant.now().isBefore(deadline));
    return answer;
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  private static String text(java.util.Optional<Probe.Reply> reply) {
    return reply.map(Probe.Reply::text).orElse("(no reply)");
  }
}
