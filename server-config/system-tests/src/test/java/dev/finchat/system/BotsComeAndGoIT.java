package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.ChatClient;
import dev.finchat.tools.client.Visitor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bots join and leave a running system with no chat node touched: the example echo bot, started
 * beside the system on a bot node of its own ({@code ./finchat start echo}), is offered in {@code
 * /help} and on the chat page and answers; stopped, it is withdrawn. With no bot node at all the
 * chat node still serves the rooms but reports itself not ready.
 */
class BotsComeAndGoIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @ParameterizedTest(name = "on the {0} broker")
  @MethodSource("dev.finchat.system.WalkingSkeletonIT#brokers")
  void aBotStartedBesideARunningSystemIsOfferedAndAnsweredUntilItStops(String broker)
      throws Exception {
    var system = TestSystem.system(broker);
    var eve = new Visitor(system.chatPort);
    eve.createAccount("eve-" + broker, "eve's long pass", "Eve");
    try (var page = new ChatClient(system.chatPort, eve.sessionCookie())) {
      page.say("/echo=hello");
      assertTrue(
          page.nextAnswer(PATIENCE).contains("No bot answers /echo right now."), "before it runs");

      String started = system.run(Duration.ofMinutes(5), "start", "echo");
      assertTrue(started.contains("Echo bot:  /echo= on its own bot node"), started);
      String help = awaitHelp(page, answer -> answer.contains("/echo=hello"));
      assertTrue(help.contains("/echo=hello (repeats your words)"), help);
      assertTrue(help.contains("/stock=AAPL.US (latest price)"), help);
      assertTrue(eve.get("/chat/").body().contains("/echo=hello"), "the chat page's command menu");

      page.say("/echo=hello there");
      String echoed = page.nextAnswer(PATIENCE);
      assertTrue(echoed.contains("EchoBot heard: hello there"), echoed);
      page.say("/echo=");
      String empty = page.nextAnswer(PATIENCE);
      assertTrue(empty.contains("Say what EchoBot should repeat, e.g. /echo=hello."), empty);

      system.run(Duration.ofMinutes(1), "stop", "echo");
      help = awaitHelp(page, answer -> !answer.contains("/echo"));
      assertTrue(help.contains("/stock=AAPL.US (latest price)"), help);
      page.say("/echo=still there?");
      String gone = page.nextAnswer(PATIENCE);
      assertTrue(gone.contains("No bot answers /echo right now."), gone);
    } finally {
      if (system.run(Duration.ofMinutes(1), "status").contains("echo")) {
        system.run(Duration.ofMinutes(1), "stop", "echo");
      }
    }
  }

  @Test
  void withNoBotNodeTheChatNodeServesTheRoomsButIsNotReady() throws Exception {
    // On the embedded system: its broker carries no other system's bots.
    var system = TestSystem.system("embedded");
    var finn = new Visitor(system.chatPort);
    finn.createAccount("finn", "finn's long pass", "Finn");
    try {
      system.run(Duration.ofMinutes(1), "stop", "bot-1");
      var notReady = awaitReadiness(system, 503);
      assertTrue(
          notReady.body().contains("{\"name\":\"bots\",\"status\":\"DOWN\""), notReady.body());
      assertTrue(notReady.body().contains("no bot has announced itself"), notReady.body());
      assertTrue(
          notReady.body().contains("{\"name\":\"database\",\"status\":\"UP\""), notReady.body());

      try (var page = new ChatClient(system.chatPort, finn.sessionCookie())) {
        page.say("/help");
        String help = page.nextAnswer(PATIENCE);
        assertTrue(help.contains("No bot answers commands right now"), help);
        page.say("/stock=AAPL.US");
        String refused = page.nextAnswer(PATIENCE);
        assertTrue(refused.contains("No bot answers /stock right now."), refused);
        page.say("the room still works");
        String posted = page.nextAnswer(PATIENCE);
        assertTrue(posted.contains("the room still works"), posted);
      }

      system.run(Duration.ofMinutes(5), "start", "bot-1");
      var ready = awaitReadiness(system, 200);
      assertTrue(ready.body().contains("{\"name\":\"bots\",\"status\":\"UP\""), ready.body());
    } finally {
      if (!system.run(Duration.ofMinutes(1), "status").contains("bot-1")) {
        system.run(Duration.ofMinutes(5), "start", "bot-1");
      }
    }
  }

  /** Asks {@code /help} until its answer passes {@code test}, within {@link #PATIENCE}. */
  private static String awaitHelp(ChatClient page, Predicate<String> test) throws Exception {
    var deadline = Instant.now().plus(PATIENCE);
    String answer;
    do {
      page.say("/help");
      answer = page.nextAnswer(PATIENCE);
      if (answer != null && test.test(answer)) {
        return answer;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("/help never changed as expected; last: " + answer);
  }

  /** The chat node's readiness once it answers {@code status}, within {@link #PATIENCE}. */
  private static HttpResponse<String> awaitReadiness(RunningSystem system, int status)
      throws Exception {
    var visitor = new Visitor(system.chatPort);
    var deadline = Instant.now().plus(PATIENCE);
    var health = visitor.get("/health/ready");
    while (health.statusCode() != status && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      health = visitor.get("/health/ready");
    }
    assertEquals(status, health.statusCode(), health.body());
    return health;
  }
}
