package dev.finchat.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepliesTest {

  private static final PriceChart CHART =
      new PriceChart(
          List.of(
              new PriceChart.Day(LocalDate.parse("2026-11-21"), new BigDecimal("230.10")),
              new PriceChart.Day(LocalDate.parse("2026-11-24"), new BigDecimal("232.87"))));

  @Test
  void anAnswerTravelsAsItsTextWithOutcomeQuoteAndItsChart() {
    var wire =
        Replies.encode(
            new Reply(
                "c-1",
                Reply.Outcome.ANSWER,
                "AAPL.US quote is $232.87 per share.",
                Optional.of(CHART)));

    assertEquals(
        new WireMessage(
            "AAPL.US quote is $232.87 per share.",
            "c-1",
            Optional.empty(),
            Map.of(
                "finchat_outcome", "quote",
                "finchat_chart", "2026-11-21=230.10;2026-11-24=232.87")),
        wire);
  }

  @Test
  void anErrorTravelsWithOutcomeErrorAndNeverAChart() {
    var reply =
        new Reply("c-2", Reply.Outcome.ERROR, "No quote found for NOSUCH.US.", Optional.of(CHART));

    assertEquals(Optional.empty(), reply.chart());
    assertEquals(
        Map.of("finchat_outcome", "error"), Replies.encode(reply).properties(), "no chart");
  }

  @Test
  void whatIsEncodedDecodesToTheSameReply() throws Exception {
    var answer = new Reply("c-3", Reply.Outcome.ANSWER, "a text", Optional.of(CHART));
    var error = new Reply("c-4", Reply.Outcome.ERROR, "an error", Optional.empty());

    assertEquals(answer, Replies.decode(Replies.encode(answer)));
    assertEquals(error, Replies.decode(Replies.encode(error)));
  }

  @Test
  void aReplyWithoutAnOutcomeIsAnAnswerAndAnUnreadableChartIsNoChart() throws Exception {
    var reply =
        Replies.decode(
            new WireMessage(
                "a text", "c-5", Optional.empty(), Map.of("finchat_chart", "not a chart")));

    assertEquals(new Reply("c-5", Reply.Outcome.ANSWER, "a text", Optional.empty()), reply);
  }

  @Test
  void aReplyWithoutTextOrCorrelationIdCannotBeRead() {
    assertThrows(
        UnreadableMessage.class,
        () -> Replies.decode(new WireMessage(null, "c-6", Optional.empty(), Map.of())));
    assertThrows(
        UnreadableMessage.class,
        () -> Replies.decode(new WireMessage("text", null, Optional.empty(), Map.of())));
  }
}
