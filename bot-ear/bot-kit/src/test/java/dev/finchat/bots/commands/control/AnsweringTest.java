package dev.finchat.bots.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.Command;
import dev.finchat.wire.Commands;
import dev.finchat.wire.Reply;
import dev.finchat.wire.WireMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnsweringTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final Command COMMAND =
      new Command("c-1", "finchat.replies.chat-1", NOW.plusSeconds(10), "stock", "AAPL.US");

  /** What the bots sent, in order, as sentences. */
  private final List<String> sent = new ArrayList<>();

  private boolean brokerTakesNothing;

  private final BotReplies replies =
      new BotReplies() {
        @Override
        public void send(String replyQueue, Reply reply) throws DeliveryFailed {
          refuseIfDown();
          sent.add(
              "reply to "
                  + reply.correlationId()
                  + " on "
                  + replyQueue
                  + ": "
                  + reply.outcome()
                  + " "
                  + reply.text());
        }

        @Override
        public void requeue(String queue, Command command) throws DeliveryFailed {
          refuseIfDown();
          sent.add("put back on " + queue + ": " + command);
        }

        @Override
        public void deadLetter(WireMessage message, String reason) throws DeliveryFailed {
          sent.add("dead letter " + message.correlationId() + ": " + reason);
        }
      };

  private void refuseIfDown() throws DeliveryFailed {
    if (brokerTakesNothing) {
      throw new DeliveryFailed("broker down", null);
    }
  }

  private final Answering answering = new Answering(replies, Clock.fixed(NOW, ZoneOffset.UTC));

  private static Bot bot(java.util.function.Function<String, BotReply> answers) {
    return new Bot(
        new CatalogueEntry("StockBot", "finchat.stock", "stock", "/stock=AAPL.US", "latest price"),
        answers);
  }

  @Test
  void anAnsweredCommandGetsExactlyOneReplyOnItsAskersQueue() {
    answering.answer(COMMAND, bot(symbol -> BotReply.answer(symbol + " quote is $232.87.")));

    assertEquals(
        List.of("reply to c-1 on finchat.replies.chat-1: ANSWER AAPL.US quote is $232.87."), sent);
  }

  @Test
  void aProviderThatIsDownIsAnsweredInWords() {
    answering.answer(
        COMMAND,
        bot(symbol -> BotReply.error("The quote service is unavailable, try again in a moment.")));

    assertEquals(
        List.of(
            "reply to c-1 on finchat.replies.chat-1: ERROR The quote service is unavailable, try"
                + " again in a moment."),
        sent);
  }

  @Test
  void aCommandPastItsDeadlineIsDroppedWithoutAReply() {
    var late = new Command("c-2", "finchat.replies.chat-1", NOW, "stock", "AAPL.US");

    answering.answer(late, bot(symbol -> BotReply.answer("too late")));

    assertEquals(List.of(), sent);
  }

  @Test
  void aBotThatFailsTheFirstTimePutsTheCommandBackInsteadOfAnswering() {
    answering.answer(
        COMMAND,
        bot(
            symbol -> {
              throw new IllegalStateException("stopping");
            }));

    assertEquals(List.of("put back on finchat.stock: " + COMMAND.requeue()), sent);
  }

  @Test
  void theSecondFailureIsAnsweredWithAnErrorAndTheCommandDeadLettered() {
    answering.answer(
        COMMAND.requeue(),
        bot(
            symbol -> {
              throw new IllegalStateException("still failing");
            }));

    assertEquals(
        List.of(
            "dead letter c-1: StockBot failed on it twice",
            "reply to c-1 on finchat.replies.chat-1: ERROR StockBot could not answer just now,"
                + " try again."),
        sent);
  }

  @Test
  void aCommandThatCannotBePutBackIsAnsweredWithAnErrorOnce() {
    var failures = new int[1];
    var firstRefused =
        new BotReplies() {
          @Override
          public void send(String replyQueue, Reply reply) throws DeliveryFailed {
            replies.send(replyQueue, reply);
          }

          @Override
          public void requeue(String queue, Command command) throws DeliveryFailed {
            failures[0]++;
            throw new DeliveryFailed("queue gone", null);
          }

          @Override
          public void deadLetter(WireMessage message, String reason) throws DeliveryFailed {
            replies.deadLetter(message, reason);
          }
        };

    new Answering(firstRefused, Clock.fixed(NOW, ZoneOffset.UTC))
        .answer(
            COMMAND,
            bot(
                symbol -> {
                  throw new IllegalStateException("stopping");
                }));

    assertEquals(1, failures[0]);
    assertEquals(
        List.of(
            "reply to c-1 on finchat.replies.chat-1: ERROR StockBot could not answer just now,"
                + " try again."),
        sent);
  }

  @Test
  void aReplyTheBrokerRefusesIsLoggedNeverThrown() {
    brokerTakesNothing = true;

    answering.answer(COMMAND, bot(symbol -> BotReply.answer("lost")));

    assertEquals(List.of(), sent);
  }

  @Test
  void aDeadLetterCarriesTheCommandAsItTravels() throws Exception {
    var kept = new ArrayList<WireMessage>();
    var keeping =
        new BotReplies() {
          @Override
          public void send(String replyQueue, Reply reply) {}

          @Override
          public void requeue(String queue, Command command) {}

          @Override
          public void deadLetter(WireMessage message, String reason) {
            kept.add(message);
          }
        };

    new Answering(keeping, Clock.fixed(NOW, ZoneOffset.UTC))
        .answer(
            COMMAND.requeue(),
            bot(
                symbol -> {
                  throw new IllegalStateException("failing");
                }));

    assertEquals(List.of(COMMAND.requeue()), List.of(Commands.decode(kept.get(0))));
    assertEquals(Optional.of("finchat.replies.chat-1"), kept.get(0).replyQueue());
  }
}
