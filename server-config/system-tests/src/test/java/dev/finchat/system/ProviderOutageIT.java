package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.finchat.tools.Probe;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A provider that keeps failing ({@code ./finchat quotes error_500}): every asker still gets an
 * answer in plain words, the bot stops calling the provider after a few failures (its circuit
 * breaker opens), and once the provider is back the bot finds out by itself.
 */
class ProviderOutageIT {

  private static final String UNAVAILABLE =
      "The quote service is unavailable, try again in a moment.";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

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
      var deadline = Instant.now().plusSeconds(30);
      String answer;
      do {
        Thread.sleep(500);
        answer = text(probe.ask("day_range", "AAPL.US", PATIENCE));
      } while (answer.equals(UNAVAILABLE) && Instant.now().isBefore(deadline));
      assertEquals("AAPL.US day range: low $229.02, high $233.45.", answer);
    } finally {
      system.run(Duration.ofMinutes(1), "quotes", "healthy");
    }
  }

  private static String text(java.util.Optional<Probe.Reply> reply) {
    return reply.map(Probe.Reply::text).orElse("(no reply)");
  }
}
