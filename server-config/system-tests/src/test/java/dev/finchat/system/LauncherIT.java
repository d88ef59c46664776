package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.Visitor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ./finchat up} as a user meets it on a machine that is not empty, or when a part fails, and
 * what it promises when it says "finchat is up".
 */
class LauncherIT {

  @Test
  void theRunsBrokerTakesAFreePortWhenAnotherListenerHoldsAmqpsPort() throws Exception {
    // Something listens on 5672 for the whole test run (TestSystem.holdAmqpPort).
    var system = TestSystem.system("embedded");

    assertTrue(
        system
            .upPrinted()
            .contains("Port " + TestSystem.AMQP_PORT + " is taken (a RabbitMQ?): the run's broker"),
        system.upPrinted());
    assertNotEquals("amqp://127.0.0.1:" + TestSystem.AMQP_PORT, system.brokerUrl());
    // The rest of the run finds the broker where it went.
    String answer = system.run(Duration.ofMinutes(2), "probe", "/stock=AAPL.US");
    assertTrue(answer.contains("AAPL.US quote is $"), answer);
  }

  @Test
  void aStartThatFailsPartWaySaysWhyAndStopsWhatItStarted() throws Exception {
    // Derby cannot create a database under a file: the chat node fails its deployment after the
    // broker, the stub and the bot node have started.
    var system =
        new RunningSystem("unstartable", null, Optional.empty())
            .with("FINCHAT_DB_NAME", "/dev/null/finchat-db");

    var failure = assertThrows(AssertionError.class, system::up);

    String printed = failure.getMessage();
    // Derby's own words vary from start to start ("Failed to create database …", "… not found").
    assertTrue(
        Pattern.compile(
                "chat-1 cannot use its database: .*'/dev/null/finchat-db'.* \\(Derby in"
                    + " /dev/null/finchat-db; FINCHAT_DB_NAME names another directory\\)")
            .matcher(printed)
            .find(),
        printed);
    assertTrue(printed.contains("finchat: chat-1 could not deploy its applications"), printed);
    assertTrue(printed.contains("finchat did not start; stopping what started"), printed);
    assertEquals("finchat is not running.\n", system.run(Duration.ofMinutes(1), "status"));
  }

  @Test
  void upOnARabbitMqLackingFinchatsQueuesRefusesAndNamesTheCommandThatDeclaresThem()
      throws Exception {
    // A RabbitMQ of the test's own, which it may change: as './finchat broker --rabbitmq' makes it,
    // less one of the bots' queues, as on a RabbitMQ nobody ran './finchat rabbitmq' on.
    var rabbitmq = new RunningSystem("bare-rabbitmq", null, Optional.empty());
    try {
      rabbitmq.run(Duration.ofMinutes(5), "broker", "--rabbitmq");
      rabbitmq.rabbitmqctl("delete_queue", "finchat.day_range");
      var system = new RunningSystem("unprepared", rabbitmq.brokerUrl(), Optional.empty());

      var failure = assertThrows(AssertionError.class, system::up);

      String printed = failure.getMessage();
      assertTrue(
          printed.contains(
              "finchat: the broker at "
                  + rabbitmq.brokerUrl()
                  + " has no queue finchat.day_range: on the machine that runs it,"
                  + " './finchat rabbitmq' declares finchat's queues and policies; then start"
                  + " again"),
          printed);
      // Refused before any node started.
      assertFalse(printed.contains("Bot node:"), printed);
      assertEquals("finchat is not running.\n", system.run(Duration.ofMinutes(1), "status"));
    } finally {
      rabbitmq.down();
    }
  }

  @Test
  void theBotNodeIsReadyOnlyWhileItsConsumersAreAttached() throws Exception {
    // On a RabbitMQ node of the run's own, which the test may strip of a queue and kill.
    var system = new RunningSystem("detachable", null, Optional.empty(), "--rabbitmq");
    try {
      system.up();
      assertTrue(
          system
              .upPrinted()
              .contains("Bots:      /stock= and /day_range= answered through the broker"),
          system.upPrinted());
      var ready = system.botReadiness();
      assertEquals(200, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("\"name\":\"consumers\",\"status\":\"UP\""), ready.body());
      assertTrue(ready.body().contains("\"finchat.day_range\":\"attached\""), ready.body());

      // The broker closes the consumer of a queue it deletes; the bean cannot attach again until
      // the queue is back.
      system.rabbitmqctl("delete_queue", "finchat.day_range");
      var queueGone = awaitBotReadiness(system, 503);
      assertTrue(
          queueGone.body().contains("\"name\":\"consumers\",\"status\":\"DOWN\""),
          queueGone.body());
      assertTrue(queueGone.body().contains("\"finchat.day_range\":\"detached\""), queueGone.body());
      assertTrue(queueGone.body().contains("\"finchat.stock\":\"attached\""), queueGone.body());
      // The bot node no longer announces a bot it cannot take commands for: the chat node's
      // readiness finds that bot stale once its last announcement is older than 75 s.
      var chatNotReady = awaitChatReadiness(system, 503);
      assertTrue(
          chatNotReady.body().contains("{\"name\":\"bots\",\"status\":\"DOWN\""),
          chatNotReady.body());
      assertTrue(
          chatNotReady
              .body()
              .contains("\"/day_range\":\"DayRangeBot on finchat.day_range: not heard lately\""),
          chatNotReady.body());
      assertTrue(
          chatNotReady.body().contains("\"/stock\":\"StockBot on finchat.stock\""),
          chatNotReady.body());
      system.rabbitmqctl(
          "import_definitions",
          TestSystem.projectDir() + "/server-config/rabbitmq/definitions.json");
      awaitBotReadiness(system, 200);
      awaitChatReadiness(system, 200);

      system.run(Duration.ofMinutes(1), "kill", "broker");
      var brokerGone = awaitBotReadiness(system, 503);
      assertTrue(
          brokerGone.body().contains("\"name\":\"consumers\",\"status\":\"DOWN\""),
          brokerGone.body());
      assertTrue(brokerGone.body().contains("\"finchat.stock\":\"detached\""), brokerGone.body());

      system.run(Duration.ofMinutes(5), "start", "broker");
      var back = awaitBotReadiness(system, 200);
      assertTrue(back.body().contains("\"name\":\"consumers\",\"status\":\"UP\""), back.body());
      String answer = system.run(Duration.ofMinutes(2), "probe", "/day_range=AAPL.US");
      assertTrue(answer.contains("AAPL.US day range:"), answer);
    } finally {
      system.down();
    }
  }

  /** The chat node's readiness once it answers {@code status}, within two minutes. */
  private static HttpResponse<String> awaitChatReadiness(RunningSystem system, int status)
      throws Exception {
    var visitor = new Visitor(system.chatPort);
    var deadline = Instant.now().plus(Duration.ofMinutes(2));
    var readiness = visitor.get("/health/ready");
    while (readiness.statusCode() != status) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "the chat node's readiness is still "
                + readiness.statusCode()
                + " after two minutes: "
                + readiness.body());
      }
      Thread.sleep(500);
      readiness = visitor.get("/health/ready");
    }
    return readiness;
  }

  /** The bot node's readiness once it answers {@code status}, within a minute. */
  private static HttpResponse<String> awaitBotReadiness(RunningSystem system, int status)
      throws Exception {
    var deadline = Instant.now().plus(Duration.ofMinutes(1));
    var readiness = system.botReadiness();
    while (readiness.statusCode() != status) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "the bot node's readiness is still "
                + readiness.statusCode()
                + " after a minute: "
                + readiness.body());
      }
      Thread.sleep(250);
      readiness = system.botReadiness();
    }
    return readiness;
  }
}
