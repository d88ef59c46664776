package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole system as a user starts it ({@code ./finchat up}): people create accounts, and a
 * command typed in a chat page makes the trip through the real broker to the bot node and back to
 * the asker only; {@code ./finchat probe} gets the same answer straight from the broker. Runs on
 * the embedded broker, and on the configured one (RabbitMQ in CI) when there is one.
 */
class WalkingSkeletonIT {

  static Stream<Arguments> brokers() {
    var brokers = new ArrayList<Arguments>();
    brokers.add(Arguments.of("embedded", null));
    TestSystem.configuredBrokerUrl().ifPresent(url -> brokers.add(Arguments.of("configured", url)));
    return brokers.stream();
  }

  @ParameterizedTest(name = "on the {0} broker")
  @MethodSource("brokers")
  void aStockCommandIsAnsweredToTheAskerOnly(String name, String brokerUrl) throws Exception {
    var system = new Launcher(name, brokerUrl);
    try {
      String up = system.run(Duration.ofMinutes(5), "up", "--stub");
      assertTrue(up.contains("finchat is up"), up);

      var alice = new Visitor(system.chatPort);
      var bob = new Visitor(system.chatPort);
      assertTrue(
          alice
              .createAccount("alice", "correct horse battery", "Alice")
              .uri()
              .getPath()
              .equals("/chat/"));
      assertTrue(
          bob.createAccount("bob", "staple battery horse", "Bob").uri().getPath().equals("/chat/"));
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

      String probe = system.run(Duration.ofMinutes(1), "probe", "/stock=AAPL.US");
      assertTrue(probe.contains("AAPL.US quote is $232.87 per share."), probe);
    } catch (AssertionError | Exception e) {
      system.printLogs();
      throw e;
    } finally {
      String down = system.run(Duration.ofMinutes(1), "down");
      assertTrue(down.contains("Stopped chat-1"), down);
    }
    assertEquals("finchat is not running.", system.run(Duration.ofSeconds(30), "status").strip());
  }

  /** Runs {@code ./finchat} with its own run directory, free ports and the chosen broker. */
  private static final class Launcher {

    final int chatPort = TestSystem.freePort();
    private final Path runDir;
    private final Map<String, String> environment = new HashMap<>();

    Launcher(String name, String brokerUrl) throws IOException {
      runDir = Path.of(TestSystem.deployDir()).getParent().resolve("e2e-" + name);
      Files.createDirectories(runDir);
      environment.put("FINCHAT_RUN_DIR", runDir.toString());
      environment.put("FINCHAT_HTTP_PORT", String.valueOf(chatPort));
      environment.put("FINCHAT_BOT_HTTP_PORT", String.valueOf(TestSystem.freePort()));
      environment.put("FINCHAT_STUB_PORT", String.valueOf(TestSystem.freePort()));
      environment.put("FINCHAT_PAYARA_JAR", TestSystem.deployDir() + "/payara-micro.jar");
      environment.put("FINCHAT_DB_NAME", runDir.resolve("db-" + System.nanoTime()).toString());
      // Hashing at full strength is for production; here it would only slow the test down.
      environment.put("FINCHAT_PASSWORD_ITERATIONS", "1024"); // the least Soteria accepts
      if (brokerUrl == null) {
        environment.put("FINCHAT_BROKER_PORT", String.valueOf(TestSystem.freePort()));
        environment.put("FINCHAT_BROKER_DATA", runDir.resolve("broker-data").toString());
      } else {
        environment.put("FINCHAT_BROKER_URL", brokerUrl);
      }
    }

    String run(Duration timeout, String... arguments) throws Exception {
      List<String> command = new ArrayList<>();
      command.add(TestSystem.projectDir() + "/finchat");
      command.addAll(List.of(arguments));
      var builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().remove("FINCHAT_BROKER_URL");
      builder.environment().putAll(environment);
      Path output = Files.createTempFile(runDir, "finchat-", ".out");
      builder.redirectOutput(output.toFile());
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("./finchat " + String.join(" ", arguments) + " did not finish");
      }
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      System.out.println("./finchat " + String.join(" ", arguments) + "\n" + printed);
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "./finchat "
                + String.join(" ", arguments)
                + " exited "
                + process.exitValue()
                + ":\n"
                + printed);
      }
      return printed;
    }

    void printLogs() throws IOException {
      try (var logs = Files.list(runDir)) {
        for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
          List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
          System.out.println("==== " + log + " (last 80 lines)");
          lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(System.out::println);
        }
      }
    }
  }
}
