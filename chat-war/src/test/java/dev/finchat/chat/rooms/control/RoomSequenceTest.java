package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoomSequenceTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private static PostedFrame message(long seq) {
    return new PostedFrame("lobby", seq, "{\"seq\":" + seq + "}");
  }

  private static List<Long> seqs(List<PostedFrame> messages) {
    return messages.stream().map(PostedFrame::sequence).toList();
  }

  @Test
  void messagesInOrderAreDeliveredAtOnce() {
    var room = new RoomSequence(0);
    assertEquals(List.of(1L), seqs(room.offer(message(1), T0)));
    assertEquals(List.of(2L), seqs(room.offer(message(2), T0)));
    assertEquals(2, room.delivered());
    assertEquals(Optional.empty(), room.missing());
  }

  @Test
  void aMessageAheadOfAMissingOneWaitsForIt() {
    var room = new RoomSequence(4);
    assertEquals(List.of(), seqs(room.offer(message(6), T0)));
    assertEquals(Optional.of(5L), room.missing());
    assertEquals(List.of(5L, 6L), seqs(room.offer(message(5), T0)));
    assertEquals(Optional.empty(), room.missing());
  }

  @Test
  void aMessageSeenTwiceIsDeliveredOnce() {
    var room = new RoomSequence(0);
    room.offer(message(1), T0);
    assertEquals(List.of(), room.offer(message(1), T0));
    room.offer(message(3), T0);
    assertEquals(List.of(), room.offer(message(3), T0));
    assertEquals(List.of(2L, 3L), seqs(room.offer(message(2), T0)));
  }

  @Test
  void messagesFromBeforeTheNodeJoinedAreNotDelivered() {
    var room = new RoomSequence(10);
    assertEquals(List.of(), room.offer(message(9), T0));
    assertEquals(List.of(11L), seqs(room.offer(message(11), T0)));
  }

  @Test
  void aGapIsFilledFromStorageOnceItHasLastedLongEnough() {
    var patience = Duration.ofMillis(500);
    var room = new RoomSequence(0);
    room.offer(message(1), T0);
    room.offer(message(4), T0);
    assertFalse(room.gapOlderThan(patience, T0.plusMillis(499)));
    assertTrue(room.gapOlderThan(patience, T0.plusMillis(500)));
    var stored = List.of(message(2), message(3), message(4), message(5));
    assertEquals(List.of(2L, 3L, 4L, 5L), seqs(room.fill(stored, T0)));
    assertEquals(5, room.delivered());
    assertFalse(room.gapOlderThan(patience, T0.plusSeconds(10)));
    assertEquals(List.of(), room.offer(message(5), T0), "already delivered from storage");
  }

  @Test
  void progressRestartsThePatience() {
    var patience = Duration.ofMillis(500);
    var room = new RoomSequence(0);
    room.offer(message(2), T0);
    room.offer(message(1), T0.plusMillis(400)); // delivers 1 and 2
    room.offer(message(4), T0.plusMillis(450));
    assertFalse(room.gapOlderThan(patience, T0.plusMillis(900)), "the gap at 3 opened at 450");
    assertTrue(room.gapOlderThan(patience, T0.plusMillis(950)));
  }

  @Test
  void aNumberStorageDoesNotHoldWasDeletedAndIsSkipped() {
    var room = new RoomSequence(0);
    room.offer(message(1), T0);
    room.offer(message(3), T0);
    assertEquals(List.of(3L), seqs(room.fill(List.of(message(3)), T0)));
    assertEquals(List.of(4L), seqs(room.offer(message(4), T0)));
  }

  @Test
  void storageReadOnlyInPartFillsTheGapUpToWhatItReturned() {
    var patience = Duration.ofMillis(500);
    var room = new RoomSequence(0);
    room.offer(message(5), T0);
    assertEquals(List.of(1L, 2L), seqs(room.fill(List.of(message(1), message(2)), T0)));
    assertEquals(Optional.of(3L), room.missing());
    assertTrue(room.gapOlderThan(patience, T0.plusMillis(500)));
    assertEquals(
        List.of(3L, 4L, 5L), seqs(room.fill(List.of(message(3), message(4), message(5)), T0)));
  }

  @Test
  void anyArrivalOrderWithDuplicatesDeliversEachMessageOnceInOrder() {
    var random = new Random(20261125);
    for (int run = 0; run < 200; run++) {
      var arrivals = new ArrayList<PostedFrame>();
      for (long seq = 1; seq <= 30; seq++) {
        arrivals.add(message(seq));
        if (random.nextInt(4) == 0) {
          arrivals.add(message(seq));
        }
      }
      java.util.Collections.shuffle(arrivals, random);
      var room = new RoomSequence(0);
      var delivered = new ArrayList<Long>();
      arrivals.forEach(message -> delivered.addAll(seqs(room.offer(message, T0))));
      var expected = new ArrayList<Long>();
      for (long seq = 1; seq <= 30; seq++) {
        expected.add(seq);
      }
      assertEquals(expected, delivered, "run " + run);
    }
  }
}
