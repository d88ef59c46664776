package dev.finchat.chat.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.finchat.chat.commands.control.CommandDispatcher.ProbeResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BotsPageTest {

  @Test
  void anAnswerIsShownWithItsRoundTrip() {
    assertEquals(
        "Answers (round trip 23 ms): AAPL.US quote is $232.87 per share.",
        BotsPage.probe(
            new ProbeResult(
                true, false, "AAPL.US quote is $232.87 per share.", Duration.ofMillis(23))));
  }

  @Test
  void anErrorReplyStillMeansTheBotAnswers() {
    assertEquals(
        "Answers, with an error (round trip 40 ms): The quote service is unavailable.",
        BotsPage.probe(
            new ProbeResult(
                true, true, "The quote service is unavailable.", Duration.ofMillis(40))));
  }

  @Test
  void silenceAndAnUnreachableBrokerAreToldApart() {
    assertEquals(
        "Did not answer within 5 s.",
        BotsPage.probe(new ProbeResult(false, true, null, Duration.ofSeconds(5))));
    assertEquals(
        "Cannot be reached: connection refused",
        BotsPage.probe(new ProbeResult(false, true, "connection refused", Duration.ZERO)));
  }
}
