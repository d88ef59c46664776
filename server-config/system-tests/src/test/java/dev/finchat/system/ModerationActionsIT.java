package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.admin.control.AdminRefused;
import dev.finchat.chat.admin.control.AuditLog;
import dev.finchat.chat.admin.control.MessageSearch;
import dev.finchat.chat.admin.control.Moderation;
import dev.finchat.chat.admin.control.Paging;
import dev.finchat.chat.history.control.HistoryLimit;
import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.history.control.RoomArchived;
import dev.finchat.chat.rooms.control.Rooms;
import dev.finchat.chat.rooms.entity.ChatMessage;
import dev.finchat.chat.rooms.entity.Room;
import jakarta.inject.Inject;
import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moderation inside the deployed chat node (Payara Micro, its real database): what a search finds,
 * a deletion done once and audited once, an archived room that stores nothing more, and refused
 * actions that leave no trace in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationActionsIT {

  @Deployment
  static WebArchive chat() {
    return ShrinkWrap.create(ZipImporter.class, "chat.war")
        .importFrom(new File(TestSystem.deployDir(), "chat.war"))
        .as(WebArchive.class)
        .addClasses(ModerationActionsIT.class, TestSystem.class);
  }

  @Inject Moderation moderation;
  @Inject MessageHistory history;
  @Inject Rooms rooms;
  @Inject AuditLog audit;

  private String room(String name) {
    rooms.ensure(name);
    return name;
  }

  private long found(MessageSearch search) {
    return moderation.countMessages(search);
  }

  @Test
  void aSearchMatchesRoomAndAuthorExactlyAndTextLiterally() {
    String room = room("search-room");
    history.post(room, "Sid", "I am 100% sure");
    history.post(room, "sid", "I am 100 x sure");
    history.post(room, "other", "100% sure too");

    assertEquals(2, found(new MessageSearch("SEARCH-ROOM", "SID", null)));
    assertEquals(1, found(new MessageSearch(room, "sid", "100%")));
    assertEquals(2, found(new MessageSearch(room, null, "100%")));
    assertEquals(0, found(new MessageSearch("search-roo", null, null)), "the room exactly");
    var newest = moderation.messages(new MessageSearch(room, null, null), new Paging(1, 1, 3));
    assertEquals("100% sure too", newest.get(0).text(), "newest first, a page at a time");
  }

  @Test
  void aMessageIsDeletedOnceAndAuditedOnce() {
    String room = room("delete-room");
    ChatMessage kept = history.post(room, "dee", "kept");
    ChatMessage gone = history.post(room, "dee", "gone");
    long before = audit.count();

    moderation.deleteMessage("moderator", room, gone.sequence());
    var refused =
        assertThrows(
            AdminRefused.class, () -> moderation.deleteMessage("moderator", room, gone.sequence()));

    assertTrue(refused.getMessage().contains("is gone: deleted already?"), refused.getMessage());
    assertEquals(before + 1, audit.count(), "the refused second deletion is not audited");
    var entry = audit.page(new Paging(1, 1, audit.count())).get(0);
    assertEquals("DELETE_MESSAGE", entry.action().name());
    assertEquals("dee", entry.target());
    assertEquals("#" + gone.sequence() + " in #delete-room: “gone”", entry.detail());
    var left = history.inRoom(room, HistoryLimit.parse("-1"), null);
    assertEquals(1, left.size());
    assertEquals(kept.id(), left.get(0).id());
  }

  @Test
  void anArchivedRoomStoresNothingMoreUntilItIsReopened() {
    String room = room("archive-room");
    history.post(room, "ada", "before");
    long before = audit.count();

    moderation.archive("moderator", room);
    assertThrows(RoomArchived.class, () -> history.post(room, "ada", "during"));
    assertThrows(AdminRefused.class, () -> moderation.archive("moderator", room));
    assertTrue(rooms.isArchived(room));
    assertEquals(1, history.inRoom(room, HistoryLimit.parse("-1"), null).size());

    moderation.reopen("moderator", room);
    history.post(room, "ada", "after");
    assertEquals(2, history.inRoom(room, HistoryLimit.parse("-1"), null).size());
    assertEquals(before + 2, audit.count(), "archived and reopened; the refusal left no entry");
  }

  @Test
  void theLobbyAndMissingRoomsAreRefusedWithoutATrace() {
    rooms.ensure(Room.LOBBY);
    long before = audit.count();

    var lobby = assertThrows(AdminRefused.class, () -> moderation.archive("moderator", Room.LOBBY));
    assertEquals("The lobby cannot be archived: everyone lands there.", lobby.getMessage());
    var missing = assertThrows(AdminRefused.class, () -> moderation.reopen("moderator", "nowhere"));
    assertEquals("There is no room #nowhere.", missing.getMessage());
    assertEquals(before, audit.count());
  }
}
