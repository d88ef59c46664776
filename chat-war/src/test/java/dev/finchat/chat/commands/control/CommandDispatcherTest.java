package dev.finchat.chat.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.SettableClock;
import dev.finchat.chat.commands.control.CommandDispatcher.ProbeResult;
import dev.finchat.chat.commands.control.CommandOutcomes.Outcome;
import dev.finchat.chat.infrastructure.ChatNode;
import dev.finchat.chat.shared.RateLimit;
import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.Command;
import dev.finchat.wire.PriceChart;
import dev.finchat.wire.Queues;
import dev.finchat.wire.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CommandDispatcherTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final SettableClock clock = new SettableClock("2026-12-07T10:00:00Z");
  private final FakeBots bots = new FakeBots();
  private final FakeAskers askers = new FakeAskers();
  private final CountingTally tally = new CountingTally();

  private final CommandDispatcher dispatcher =
      new CommandDispatcher(
          bots,
          askers,
          tally,
          new ChatNode(),
          TIMEOUT,
          new RateLimit(3, Duration.ofMinutes(1), clock),
          clock);

  private static ChatInput.Command stock(String code) {
    return new ChatInput.Command(TestCatalogue.STOCK, code, "/stock=" + code);
  }

  @Test
  void aCommandGoesToItsBotsQueueAndItsAnswerToTheAskerOnce() {
    dispatcher.dispatch("page-1", "rita", stock("AAPL.US"));

    var sent = bots.only();
    assertEquals(Queues.STOCK, sent.queue());
    assertEquals("stock", sent.command().bot());
    assertEquals("AAPL.US", sent.command().argument());
    assertEquals("finchat.replies.chat-1", sent.command().replyQueue());
    assertEquals(clock.instant().plus(TIMEOUT), sent.command().deadline());
    assertEquals(List.of("waiting page-1 StockBot: StockBot is fetching AAPL.US…"), askers.shown());

    sent.delivery().taken();
    clock.advance(Duration.ofMillis(120));
    var chart =
        new PriceChart(List.of(new PriceChart.Day(LocalDate.of(2026, 12, 4), BigDecimal.TEN)));
    dispatcher.answer(
        new Reply(
            sent.command().correlationId(),
            Reply.Outcome.ANSWER,
            "AAPL.US quote is $232.87 per share",
            Optional.of(chart)));

    assertEquals(
        "answered page-1 StockBot: AAPL.US quote is $232.87 per share (with chart)", askers.last());
    assertEquals(List.of("sent stock", "ANSWERED stock in 120 ms"), tally.counted());
  }

  @Test
  void aSecondAnswerToTheSameCommandIsIgnored() {
    dispatcher.dispatch("page-1", "rita", stock("AAPL.US"));
    String id = bots.only().command().correlationId();

    dispatcher.answer(new Reply(id, Reply.Outcome.ANSWER, "first", Optional.empty()));
    dispatcher.answer(new Reply(id, Reply.Outcome.ANSWER, "second", Optional.empty()));

    assertEquals(2, askers.shown().size());
    assertEquals("answered page-1 StockBot: first", askers.last());
  }

  @Test
  void anErrorReplyIsShownAsAnErrorWithoutItsChart() {
    dispatcher.dispatch("page-1", "rita", stock("NOPE.US"));
    String id = bots.only().command().correlationId();

    dispatcher.answer(new Reply(id, Reply.Outcome.ERROR, "No quote for NOPE.US", Optional.empty()));

    assertEquals("error page-1 StockBot: No quote for NOPE.US", askers.last());
    assertEquals(Outcome.FAILED.name() + " stock", tally.counted().get(0).split(" in ")[0]);
  }

  @Test
  void anUnansweredCommandIsToldOnceAfterItsWaitAndALateAnswerIsDropped() {
    dispatcher.dispatch("page-1", "rita", stock("AAPL.US"));
    String id = bots.only().command().correlationId();

    clock.advance(TIMEOUT.minusMillis(1));
    dispatcher.expire();
    assertEquals(1, askers.shown().size(), "nothing told before the wait is over");

    clock.advance(Duration.ofMillis(1));
    dispatcher.expire();
    dispatcher.expire();
    assertEquals(
        List.of(
            "waiting page-1 StockBot: StockBot is fetching AAPL.US…",
            "error page-1 StockBot: StockBot did not answer within 15 s. Try again later."),
        askers.shown());

    dispatcher.answer(new Reply(id, Reply.Outcome.ANSWER, "too late", Optional.empty()));
    assertEquals(2, askers.shown().size());
    assertEquals(List.of("UNANSWERED stock"), tally.counted());
  }

  @Test
  void aCommandTheBrokerRefusesIsAnsweredWithWhyAndNotCountedAsSent() {
    dispatcher.dispatch("page-1", "rita", stock("AAPL.US"));

    bots.only().delivery().refused("connection refused");

    assertEquals("error page-1 StockBot: " + CommandDispatcher.UNREACHABLE, askers.last());
    assertEquals(List.of("NOT_SENT stock"), tally.counted());
    clock.advance(TIMEOUT);
    dispatcher.expire();
    assertEquals(2, askers.shown().size(), "a refused command is not also timed out");
  }

  @Test
  void aNodeWithTooManySendsWaitingSaysSoAtOnce() {
    bots.busy = true;

    dispatcher.dispatch("page-1", "rita", stock("AAPL.US"));

    assertEquals("error page-1 StockBot: " + CommandDispatcher.TOO_BUSY, askers.last());
    assertEquals(List.of("NOT_SENT stock"), tally.counted());
  }

  @Test
  void overTheAllowanceNothingIsSentAndTheAskerIsToldWhenToRetry() {
    for (int i = 0; i < 3; i++) {
      dispatcher.dispatch("page-1", "rita", stock("AAPL.US"));
    }
    dispatcher.dispatch("page-1", "rita", stock("AAPL.US"));
    dispatcher.dispatch("page-2", "sam", stock("AAPL.US"));

    assertEquals(4, bots.sent.size(), "rita's fourth is not sent; sam has his own allowance");
    assertTrue(
        askers
            .shown()
            .contains(
                "refused page-1: You are sending commands too fast (at most 3 a minute)."
                    + " Try again in 20 s."),
        askers.shown().toString());
  }

  @Test
  void aCommandWithoutArgumentIsReadNotFetched() {
    dispatcher.dispatch(
        "page-1", "rita", new ChatInput.Command(TestCatalogue.DAY_RANGE, " ", "/day_range="));

    assertEquals(Queues.DAY_RANGE, bots.only().queue());
    assertEquals(
        List.of("waiting page-1 DayRangeBot: DayRangeBot is reading your command…"),
        askers.shown());
  }

  @Test
  void aProbeGoesThroughTheSamePortAndIsNeitherCountedNorShown() throws Exception {
    var result = dispatcher.probe(TestCatalogue.STOCK, "AAPL.US", Duration.ofSeconds(5));
    var sent = bots.only();
    assertEquals(Queues.STOCK, sent.queue());
    assertEquals(clock.instant().plusSeconds(5), sent.command().deadline());

    sent.delivery().taken();
    dispatcher.answer(
        new Reply(
            sent.command().correlationId(), Reply.Outcome.ANSWER, "$232.87", Optional.empty()));

    ProbeResult found = result.get(1, TimeUnit.SECONDS);
    assertTrue(found.answered());
    assertFalse(found.error());
    assertEquals("$232.87", found.text());
    assertEquals(List.of(), askers.shown());
    assertEquals(List.of(), tally.counted());
  }

  @Test
  void aProbeTheBrokerRefusesSaysWhy() throws Exception {
    bots.problem = Optional.of("the broker at amqp://127.0.0.1:5672 does not answer");
    var result = dispatcher.probe(TestCatalogue.STOCK, "AAPL.US", Duration.ofSeconds(5));

    bots.only().delivery().refused("connection refused");

    ProbeResult found = result.get(1, TimeUnit.SECONDS);
    assertFalse(found.answered());
    assertEquals("the broker at amqp://127.0.0.1:5672 does not answer", found.text());
  }

  @Test
  void anUnansweredProbeEndsAfterItsPatience() throws Exception {
    var result = dispatcher.probe(TestCatalogue.STOCK, "AAPL.US", Duration.ofMillis(50));

    ProbeResult found = result.get(5, TimeUnit.SECONDS);
    assertFalse(found.answered());
    assertEquals(Duration.ofMillis(50), found.roundTrip());
  }

  /** Keeps what is sent; the test plays the broker by calling each delivery back. */
  private static final class FakeBots implements Bots {
    record Sent(String queue, Command command, Delivery delivery) {}

    final List<Sent> sent = new ArrayList<>();
    boolean busy;
    Optional<String> problem = Optional.empty();

    @Override
    public void askForCatalogue() {}

    @Override
    public boolean send(String queue, Command command, Delivery delivery) {
      if (busy) {
        return false;
      }
      sent.add(new Sent(queue, command, delivery));
      return true;
    }

    @Override
    public Optional<String> unreachable() {
      return problem;
    }

    Sent only() {
      assertEquals(1, sent.size(), "commands sent");
      return sent.get(0);
    }
  }

  /** What the askers' pages showed, one line each. */
  private static final class FakeAskers implements Askers {
    private final List<String> shown = new ArrayList<>();

    @Override
    public void refused(String askerSession, String notice) {
      shown.add("refused " + askerSession + ": " + notice);
    }

    @Override
    public void waiting(String askerSession, String correlationId, String bot, String text) {
      shown.add("waiting " + askerSession + " " + bot + ": " + text);
    }

    @Override
    public void answered(
        String askerSession,
        String correlationId,
        String bot,
        String text,
        Optional<PriceChart> chart,
        boolean error) {
      shown.add(
          (error ? "error " : "answered ")
              + askerSession
              + " "
              + bot
              + ": "
              + text
              + (chart.isPresent() ? " (with chart)" : ""));
    }

    List<String> shown() {
      return shown;
    }

    String last() {
      return shown.get(shown.size() - 1);
    }
  }

  /** Counts in words instead of in MicroProfile Metrics. */
  private static final class CountingTally extends CommandTally {
    private final List<String> counted = new ArrayList<>();

    @Override
    public void sent(CatalogueEntry bot) {
      counted.add("sent " + bot.command());
    }

    @Override
    public void ended(CatalogueEntry bot, Outcome outcome, Duration roundTrip) {
      counted.add(
          outcome
              + " "
              + bot.command()
              + (roundTrip == null ? "" : " in " + roundTrip.toMillis() + " ms"));
    }

    List<String> counted() {
      return counted;
    }
  }
}
