package dev.finchat.chat.rooms.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who has each room open on the other chat nodes, as each node last said. A node repeats itself
 * every few seconds; one that falls silent (stopped, or cut off from the broker) is forgotten after
 * a while, so its users do not stay "online" for ever. Not thread-safe: the caller synchronises.
 */
public final class OtherNodes {

  private record Said(List<String> users, Instant at) {}

  private final Map<String, Map<String, Said>> byNode = new HashMap<>();

  /** A node says who has {@code room} open there; true if that changes who is online. */
  public boolean heard(String node, String room, List<String> users, Instant now) {
    var rooms = byNode.computeIfAbsent(node, name -> new HashMap<>());
    var before = rooms.put(room, new Said(List.copyOf(users), now));
    return before == null ? !users.isEmpty() : !before.users().equals(users);
  }

  /** Everyone the other nodes have in {@code room}. */
  public Set<String> online(String room) {
    var users = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
    byNode
        .values()
        .forEach(
            rooms -> {
              var said = rooms.get(room);
              if (said != null) {
                users.addAll(said.users());
              }
            });
    return users;
  }

  /** Forgets what nodes said longer than {@code silence} ago; returns the rooms that changed. */
  public Set<String> forgetSilent(Duration silence, Instant now) {
    var changed = new HashSet<String>();
    byNode
        .values()
        .forEach(
            rooms ->
                rooms
                    .entrySet()
                    .removeIf(
                        entry -> {
                          boolean stale = entry.getValue().at().plus(silence).isBefore(now);
                          if (stale && !entry.getValue().users().isEmpty()) {
                            changed.add(entry.getKey());
                          }
                          return stale;
                        }));
    byNode.values().removeIf(Map::isEmpty);
    return changed;
  }
}
