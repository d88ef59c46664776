package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ./finchat up} as a user meets it on a machine that is not empty, or when a part fails. */
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
}
