package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.admin.entity.AdminAction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoomRulesTest {

  @Test
  void anOpenRoomMayBeArchivedAndAnArchivedOneReopened() {
    assertTrue(RoomRules.refusal(AdminAction.ARCHIVE_ROOM, "stocks", false).isEmpty());
    assertTrue(RoomRules.refusal(AdminAction.REOPEN_ROOM, "stocks", true).isEmpty());
  }

  @Test
  void theLobbyStaysOpen() {
    assertEquals(
        Optional.of("The lobby cannot be archived: everyone lands there."),
        RoomRules.refusal(AdminAction.ARCHIVE_ROOM, "lobby", false));
  }

  @Test
  void nothingIsDoneTwice() {
    assertEquals(
        Optional.of("#stocks is archived already."),
        RoomRules.refusal(AdminAction.ARCHIVE_ROOM, "stocks", true));
    assertEquals(
        Optional.of("#stocks is not archived."),
        RoomRules.refusal(AdminAction.REOPEN_ROOM, "stocks", false));
  }

  @Test
  void accountActionsAreNotRoomActions() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RoomRules.refusal(AdminAction.DISABLE, "stocks", false));
  }
}
