package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.Probe;
import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bot node crashes mid-command and is started again ({@code ./finchat kill bot-1}, {@code
 * ./finchat start bot-1}): the broker hands the unfinished command to the new node, which answers
 * it exactly once; while no bot node runs, the asker in the chat is told so after the chat node's
 * wait (10 s in tests).
 */
class BotNodeDownIT {

  @ParameterizedTest(name = "on the {0} broker")
  @MethodSource("dev.finchat.system.WalkingSkeletonIT#brokers")
  void aCrashedBotNodesCommandIsAnsweredOnceAfterRestartAndMeanwhileAskersAreTold(String broker)
      throws Exception {
    var system = TestSystem.system(broker);
    var carol = new Visitor(system.chatPort);
    carol.createAccount("carol-" + broker, "carol's long pass", "Carol");
    try (var probe = new Probe(system.brokerUrl())) {
      system.run(Duration.ofMinutes(1), "quotes", "hang");
      int served = system.stubRequests();
      String cutOff = probe.send("stock", "AAPL.US", Duration.ofMinutes(3));
      waitUntilTheBotCallsTheProvider(system, served);
      system.run(Duration.ofMinutes(1), "kill", "bot-1");
      system.run(Duration.ofMinutes(1), "quotes", "healthy");
      // Straight away: RabbitMQ's policy drops a command left in the queue for 60 s.
      system.run(Duration.ofMinutes(5), "start", "bot-1");
      var answer = probe.awaitReply(cutOff, Duration.ofSeconds(60));
      assertEquals(
          "AAPL.US quote is $232.87 per share.",
          answer.map(Probe.Reply::text).orElse("no answer after the restart"));
      assertEquals(Optional.empty(), probe.awaitReply(cutOff, Duration.ofSeconds(3)), "twice");

      system.run(Duration.ofMinutes(1), "kill", "bot-1");
      try (var page = new ChatClient(system.chatPort, carol.sessionCookie())) {
        page.say("/day_range=AAPL.US");
        String told = page.nextAnswer(Duration.ofSeconds(30));
        assertNotNull(told, "the asker was never told");
        assertTrue(
            told.contains("DayRangeBot did not answer within 10 s. Try again later."),
            () -> told + "\nwith bot-1 down; Payara Micro nodes running: " + payaraNodes());
      }
    } finally {
      system.run(Duration.ofMinutes(1), "quotes", "healthy");
      if (!system.run(Duration.ofMinutes(1), "status").contains("bot-1")) {
        system.run(Duration.ofMinutes(5), "start", "bot-1");
      }
    }
  }

  /**
   * Every Payara Micro on the machine, by its name and runtime directory: a command answered while
   * this system's only bot node is down was taken by another node on the same broker (CI's RabbitMQ
   * is shared by this run's systems and by Arquillian's nodes).
   */
  private static String payaraNodes() {
    return ProcessHandle.allProcesses()
        .map(process -> process.info().arguments().map(List::of).orElse(List.of()))
        .filter(arguments -> arguments.stream().anyMatch(a -> a.endsWith("payara-micro.jar")))
        .map(
            arguments -> {
              int jar = arguments.indexOf("-jar") + 2;
              return String.join(
                  " ", arguments.subList(Math.min(jar, arguments.size()), arguments.size()));
            })
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  private static void waitUntilTheBotCallsTheProvider(RunningSystem system, int served)
      throws Exception {
    var deadline = Instant.now().plusSeconds(30);
    while (system.stubRequests() == served) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the bot never called the provider");
      }
      Thread.sleep(50);
    }
  }
}
