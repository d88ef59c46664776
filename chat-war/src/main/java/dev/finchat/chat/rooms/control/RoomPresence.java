package dev.finchat.chat.rooms.control;

import dev.finchat.chat.infrastructure.Timers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who has each room open, on every chat node: this node's pages, and what the others say through
 * the broker. Each node repeats what it has every {@link #HEARTBEAT}; a node silent for {@link
 * #SILENCE} is forgotten, so the users of a node that stopped do not stay online.
 *
 * <p>Pages that open or close a room are shown to its other pages together, at most once every
 * {@link #COALESCE}: a room that 10,000 pages join would otherwise send each page the whole list
 * once per join — 10,000 frames per join, each naming up to 10,000 people (bench m2).
 */
@ApplicationScoped
public class RoomPresence {

  private static final Logger LOG = Logger.getLogger(RoomPresence.class.getName());

  static final Duration HEARTBEAT = Duration.ofSeconds(10);
  static final Duration SILENCE = Duration.ofSeconds(35);
  static final Duration COALESCE = Duration.ofMillis(500);

  @Inject ChatSessions sessions;
  @Inject RoomTraffic traffic;

  @Inject Timers timers;

  private final OtherNodes others = new OtherNodes();
  private final Set<String> announced = ConcurrentHashMap.newKeySet();
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private final Clock clock = Clock.systemUTC();
  private ScheduledFuture<?> heartbeat;
  private ScheduledFuture<?> coalesced;

  @PostConstruct
  void start() {
    heartbeat = timers.every(HEARTBEAT, "Repeating who is online", this::repeat);
    coalesced = timers.every(COALESCE, "Showing who came and went", this::showChanged);
  }

  @PreDestroy
  void stop() {
    heartbeat.cancel(false);
    coalesced.cancel(false);
  }

  /** A page opened or closed the room on this node: shown with the others of this moment. */
  public void changed(String room) {
    changed.add(room);
  }

  private void showChanged() {
    for (String room : changed) {
      try {
        changed.remove(room);
        announce(room);
        show(room);
      } catch (RuntimeException e) {
        // A periodic task that throws is never run again.
        LOG.log(Level.WARNING, "Could not show who is online in " + room, e);
      }
    }
  }

  /** Another node says who has {@code room} open there. */
  public void heard(String node, String room, List<String> users) {
    boolean changed;
    synchronized (others) {
      changed = others.heard(node, room, users, clock.instant());
    }
    if (changed) {
      show(room);
    }
  }

  /** Everyone who has the room open, on any node, sorted. */
  public List<String> online(String room) {
    var users = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
    users.addAll(sessions.online(room));
    synchronized (others) {
      users.addAll(others.online(room));
    }
    return List.copyOf(users);
  }

  private void show(String room) {
    sessions.broadcast(room, Frames.presence(online(room)));
  }

  private void announce(String room) {
    var users = sessions.online(room);
    traffic.publishPresence(room, users);
    if (users.isEmpty()) {
      announced.remove(room);
    } else {
      announced.add(room);
    }
  }

  private void repeat() {
    try {
      announced.forEach(this::announce);
      Set<String> changed;
      synchronized (others) {
        changed = others.forgetSilent(SILENCE, clock.instant());
      }
      changed.forEach(this::show);
    } catch (RuntimeException e) {
      // A periodic task that throws is never run again.
      LOG.log(Level.WARNING, "Could not repeat who is online", e);
    }
  }
}
