package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.BrokerFaults;
import dev.finchat.tools.Probe;
import dev.finchat.wire.Queues;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The broker ends the session a bot's consumer lives on, without closing the consumer first (as a
 * broker does on a session error): the bot consumes again within 10 s, answers every command sent
 * meanwhile, and its node is ready again. On the embedded broker and on a RabbitMQ node of the
 * run's own (the fault suite's, which may be broken), each making that fault on request ({@link
 * BrokerFaults}).
 */
class ConsumerSessionEndIT {

  /** How soon the bot consumes again. */
  private static final Duration RECOVERY = Duration.ofSeconds(10);

  @ParameterizedTest(name = "on the {0} system")
  @ValueSource(strings = {"embedded", "chaos-rabbitmq"})
  void aBotWhoseSessionTheBrokerEndsAnswersEveryCommandAndIsReadyAgainSoon(String name)
      throws Exception {
    var system = TestSystem.system(name);
    try (var probe = new Probe(system.brokerUrl())) {
      assertTrue(probe.ask("stock", "AAPL.US", Duration.ofSeconds(60)).isPresent(), "no bot");

      List<Duration> roundTrips = new ArrayList<>();
      Instant ended = null;
      Instant lastNotReady = null;
      // Commands flow one after another, before the end and for a while after it.
      while (ended == null || Instant.now().isBefore(ended.plus(RECOVERY).plusSeconds(5))) {
        if (ended == null && roundTrips.size() == 5) {
          BrokerFaults.endSessionsConsuming(system.runDir(), Queues.STOCK);
          ended = Instant.now();
        }
        var reply = probe.ask("stock", "AAPL.US", RECOVERY.plusSeconds(5));
        assertTrue(
            reply.isPresent(),
            "command " + (roundTrips.size() + 1) + " unanswered: the bot stopped consuming");
        assertEquals("AAPL.US quote is $232.87 per share.", reply.get().text());
        roundTrips.add(reply.get().roundTrip());
        if (ended != null && system.botReadiness().statusCode() != 200) {
          lastNotReady = Instant.now();
        }
      }

      var longest = roundTrips.stream().max(Duration::compareTo).orElseThrow();
      System.out.println(name + ": the longest command waited " + longest.toMillis() + " ms");
      assertTrue(longest.compareTo(RECOVERY) <= 0, "a command waited " + longest);
      if (lastNotReady != null) {
        assertTrue(
            lastNotReady.isBefore(ended.plus(RECOVERY)),
            "not ready " + Duration.between(ended, lastNotReady) + " after the end");
      }
      var readiness = system.botReadiness();
      assertEquals(200, readiness.statusCode(), readiness.body());
      assertTrue(readiness.body().contains("\"finchat.stock\":\"attached\""), readiness.body());
    }
  }
}
