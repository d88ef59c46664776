package dev.finchat.chat.users.control;

import dev.finchat.chat.infrastructure.RoomTopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Signs a person out on every chat node: on this one at once, on the others through a notice on the
 * topic they all hear ({@link RoomTopic}). Their sign-in cookies are ended in the database by
 * whoever calls; the notice ends the sessions and chat pages that each node holds in memory.
 */
@ApplicationScoped
public class SignOuts {

  private static final Logger LOG = Logger.getLogger(SignOuts.class.getName());

  /** The topic's kind of a sign-out notice; its body is a {@link SignOut} as JSON. */
  public static final String KIND = "sign-out";

  /** Why the person is out, as their chat page shows it (a close reason: 123 bytes at most). */
  public static final String DISABLED = "Your account was disabled by an administrator.";

  public static final String PASSWORD_RESET =
      "An administrator reset your password. Sign in with the temporary one you were given.";

  @Inject LiveSessions live;
  @Inject RoomTopic topic;

  /** Signs {@code username} out here and tells every other chat node to. */
  public void everywhere(String username, String why) {
    live.signOutEverywhere(username, why);
    var notice = new SignOut(username, why);
    boolean queued =
        topic.publishNoticeLater(
            KIND,
            notice.json(),
            e -> LOG.warning(() -> "Could not tell the other chat nodes " + notice + ": " + e));
    if (!queued) {
      LOG.warning(() -> "Too many sends wait: the other chat nodes are not told " + notice);
    }
  }

  /** Another chat node signed the person out: so does this one. */
  public void heard(SignOut notice) {
    live.signOutEverywhere(notice.username(), notice.why());
  }
}
