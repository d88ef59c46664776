package dev.finchat.chat.rooms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.rooms.entity.ChatMessage;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageDeletionTest {

  private static final Instant POSTED = Instant.parse("2026-12-07T10:00:00Z");

  private final ChatMessage annsMessage = new ChatMessage("desk", 7, "Ann", "see you", POSTED);

  @Test
  void itsAuthorDeletesAMessageWhateverTheCaseOfTheirName() {
    assertEquals(Optional.empty(), MessageDeletion.refusal("Ann", annsMessage, false));
    assertEquals(Optional.empty(), MessageDeletion.refusal("ann", annsMessage, false));
  }

  @Test
  void someoneElsesMessageIsNotYours() {
    assertEquals(
        Optional.of(MessageDeletion.Refusal.NOT_YOURS),
        MessageDeletion.refusal("bob", annsMessage, false));
  }

  @Test
  void anArchivedRoomIsReadOnlyForDeletionsToo() {
    assertEquals(
        Optional.of(MessageDeletion.Refusal.ROOM_ARCHIVED),
        MessageDeletion.refusal("ann", annsMessage, true));
    assertEquals(
        Optional.of(MessageDeletion.Refusal.NOT_YOURS),
        MessageDeletion.refusal("bob", annsMessage, true),
        "not yours comes first: an archive does not tell whose a message is");
  }

  @Test
  void aDeletedMessageKeepsItsPlaceAndLosesItsText() {
    annsMessage.delete(POSTED.plusSeconds(60));

    assertTrue(annsMessage.deleted());
    assertEquals("", annsMessage.text());
    assertEquals(7, annsMessage.sequence());
    assertEquals("Ann", annsMessage.author());
    assertEquals(POSTED, annsMessage.postedAt());
  }
}
