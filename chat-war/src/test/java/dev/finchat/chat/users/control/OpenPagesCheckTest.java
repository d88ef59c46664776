package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenPagesCheckTest {

  /** What the fakes were asked, in order. */
  private final List<String> done = new ArrayList<>();

  private final OpenPagesCheck check = new OpenPagesCheck();

  /** The database as the fake has it: who may no longer be signed in, and why. */
  private Map<String, String> signedOut = Map.of();

  OpenPagesCheckTest() {
    check.live = new LiveSessions();
    check.accounts =
        new Accounts() {
          @Override
          public Map<String, String> signedOutAmong(Collection<String> usernames) {
            done.add("asked about " + new TreeSet<>(usernames));
            var among = new java.util.HashMap<>(signedOut);
            among.keySet().retainAll(usernames);
            return among;
          }
        };
  }

  private void openPage(String id, String username) {
    check.live.chatOpened(new RecordingPage(id, username, done));
  }

  @Test
  void thePagesOfADisabledPersonCloseAndTheOthersStayOpen() {
    openPage("ivy-1", "Ivy");
    openPage("ivy-2", "ivy");
    openPage("kim-1", "kim");
    signedOut = Map.of("ivy", SignOuts.DISABLED);

    check.check();

    assertEquals("asked about [ivy, kim]", done.get(0));
    assertEquals(3, done.size(), done.toString());
    assertTrue(done.contains("closed ivy-1 1008 " + SignOuts.DISABLED), done.toString());
    assertTrue(done.contains("closed ivy-2 1008 " + SignOuts.DISABLED), done.toString());
    assertTrue(check.live.isSignedIn("kim"));
  }

  @Test
  void withNoPageOpenTheDatabaseIsNotAsked() {
    check.check();

    assertEquals(List.of(), done);
  }

  @Test
  void manyPeopleAreAskedAboutAChunkAtATime() {
    for (int i = 0; i < OpenPagesCheck.CHUNK + 1; i++) {
      openPage("page-" + i, "person-" + i);
    }

    check.check();

    assertEquals(2, done.size(), "two queries for one more than a chunk");
  }
}
