package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ./finchat up} as a user meets it when a part cannot start. */
class LauncherIT {

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
