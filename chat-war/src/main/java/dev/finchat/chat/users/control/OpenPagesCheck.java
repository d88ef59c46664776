package dev.finchat.chat.users.control;

import dev.finchat.chat.infrastructure.Timers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * Asks the database, every {@link SessionCheck#INTERVAL}, whether the people with a chat page open
 * on this node may still be signed in, and closes the pages of those who may not. An open page
 * makes no request that a session's own check would see: should another chat node's sign-out notice
 * be lost, this is what ends it.
 */
@ApplicationScoped
public class OpenPagesCheck {

  /** People per query: an {@code IN} list of bounded length. */
  static final int CHUNK = 500;

  @Inject LiveSessions live;
  @Inject Accounts accounts;
  @Inject Timers timers;

  private ScheduledFuture<?> sweep;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    sweep =
        timers.every(
            SessionCheck.INTERVAL, "Checking the accounts of the open chat pages", this::check);
  }

  @PreDestroy
  void stop() {
    if (sweep != null) {
      sweep.cancel(false);
    }
  }

  /** Signs out, on this node, everyone with an open page who may no longer be signed in. */
  void check() {
    List<String> people = List.copyOf(live.withChatPages());
    for (int from = 0; from < people.size(); from += CHUNK) {
      accounts
          .signedOutAmong(people.subList(from, Math.min(people.size(), from + CHUNK)))
          .forEach(live::signOutEverywhere);
    }
  }
}
