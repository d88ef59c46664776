package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.infrastructure.RoomTopic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SignOutsTest {

  /** What the fakes were asked to do, in order. */
  private final List<String> done = new ArrayList<>();

  private final SignOuts signOuts = new SignOuts();

  SignOutsTest() {
    signOuts.live = new LiveSessions();
    signOuts.topic =
        new RoomTopic() {
          @Override
          public boolean publishNoticeLater(String kind, String body, Consumer<Exception> failed) {
            done.add("published " + kind + " " + body);
            return true;
          }
        };
  }

  private void openPage(String id, String username) {
    signOuts.live.chatOpened(new RecordingPage(id, username, done));
  }

  @Test
  void signingOutEverywhereClosesThePagesHereAndTellsTheOtherNodes() {
    openPage("ivy-here", "ivy");
    openPage("kim-here", "kim");

    signOuts.everywhere("Ivy", SignOuts.DISABLED);

    assertEquals(
        List.of(
            "closed ivy-here 1008 Your account was disabled by an administrator.",
            "published sign-out "
                + new SignOut("Ivy", "Your account was disabled by an administrator.").json()),
        done);
  }

  @Test
  void aNoticeFromAnotherNodeClosesThePersonsPagesHereAndIsNotPassedOn() {
    openPage("jay-here", "jay");
    openPage("kim-here", "kim");

    signOuts.heard(new SignOut("jay", SignOuts.PASSWORD_RESET));

    assertEquals(
        List.of(
            "closed jay-here 1008 An administrator reset your password."
                + " Sign in with the temporary one you were given."),
        done);
  }

  @Test
  void theReasonsFitAWebSocketCloseFrame() {
    for (String why : List.of(SignOuts.DISABLED, SignOuts.PASSWORD_RESET)) {
      assertTrue(why.getBytes(StandardCharsets.UTF_8).length <= 123, why);
    }
  }
}
