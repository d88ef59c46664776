package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole system as a user starts it ({@code ./finchat up}): people create accounts, and a
 * command typed in a chat page makes the trip through the real broker to the bot node and back to
 * the asker only; {@code ./finchat probe} gets the same answer straight from the broker. Runs on
 * the embedded broker with Derby, and on RabbitMQ with PostgreSQL.
 */
class WalkingSkeletonIT {

  static Stream<Arguments> brokers() {
    var brokers = new ArrayList<Arguments>();
    brokers.add(Arguments.of("embedded"));
    brokers.add(Arguments.of("configured"));
    return brokers.stream();
  }

  @ParameterizedTest(name = "on the {0} broker and database")
  @MethodSource("brokers")
  void aStockCommandIsAnsweredToTheAskerOnly(String broker) throws Exception {
    var system = TestSystem.system(broker);
    var alice = new Visitor(system.chatPort);
    var bob = new Visitor(system.chatPort);
    assertEquals(
        "/chat/", alice.createAccount("alice", "correct horse battery", "Alice").uri().getPath());
    assertEquals("/chat/", bob.createAccount("bob", "staple battery horse", "Bob").uri().getPath());
    assertThrows(
        Exception.class, () -> new ChatClient(system.chatPort, null), "anonymous WebSocket");

    try (var asker = new ChatClient(system.chatPort, alice.sessionCookie());
        var neighbour = new ChatClient(system.chatPort, bob.sessionCookie())) {
      asker.say("/stock=AAPL.US");
      String answer = asker.nextAnswer(Duration.ofSeconds(30));
      assertNotNull(answer, "no answer to /stock=AAPL.US");
      assertTrue(answer.contains("\"kind\":\"bot\""), answer);
      assertTrue(answer.contains("AAPL.US quote is $232.87 per share."), answer);
      assertTrue(answer.contains("\"onlyYou\":true"), answer);

      neighbour.say("hello from the neighbour");
      String seen = neighbour.next(Duration.ofSeconds(10));
      assertNotNull(seen);
      assertTrue(seen.contains("hello from the neighbour"), "the neighbour saw: " + seen);
      assertTrue(seen.contains("\"author\":\"bob\""), seen);
      assertFalse(seen.contains("AAPL"), "the neighbour saw the command: " + seen);
    }
    if (system.databaseUrl.isPresent()) {
      assertEquals(
          1,
          PostgresDatabase.count(
              system.databaseUrl.get(),
              "SELECT count(*) FROM messages WHERE text = ?",
              "hello from the neighbour"),
          "the message is stored in PostgreSQL");
    }

    String probe = system.run(Duration.ofMinutes(1), "probe", "/stock=AAPL.US");
    assertTrue(probe.contains("AAPL.US quote is $232.87 per share."), probe);
    String dayRange = system.run(Duration.ofMinutes(1), "probe", "/day_range=AAPL.US");
    assertTrue(dayRange.contains("AAPL.US day range: low $229.02, high $233.45."), dayRange);
  }
}
