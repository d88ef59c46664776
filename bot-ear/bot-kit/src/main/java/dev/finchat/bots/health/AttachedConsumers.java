package dev.finchat.bots.health;

import java.util.Map;
import java.util.TreeMap;

/**
 * The bots' consumers as the resource adapter reports them, by what each consumes: the node can
 * take commands when it has consumers and every one of them is attached.
 */
record AttachedConsumers(Map<String, Boolean> attached) {

  AttachedConsumers {
    attached = new TreeMap<>(attached);
  }

  /** No consumer at all is not ready either: the bots' beans are not active. */
  boolean ready() {
    return !attached.isEmpty() && !attached.containsValue(false);
  }

  /** What each consumer's state is, for the health report. */
  Map<String, String> states() {
    var states = new TreeMap<String, String>();
    attached.forEach((consumed, on) -> states.put(consumed, on ? "attached" : "detached"));
    return states;
  }
}
