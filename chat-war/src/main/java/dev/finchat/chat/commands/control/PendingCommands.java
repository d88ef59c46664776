package dev.finchat.chat.commands.control;

import dev.finchat.wire.CatalogueEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Commands sent and not yet answered, by correlation id. Completing removes the entry, so each
 * command is answered at most once: a reply the broker redelivers, or one arriving after the asker
 * was told that no bot answered, finds nothing and is dropped.
 */
public class PendingCommands {

  /** Who asked what, and until when an answer is still useful. */
  public record Pending(
      String askerSession, CatalogueEntry command, String argument, Instant deadline) {}

  private final Map<String, Pending> byCorrelationId = new ConcurrentHashMap<>();

  public void register(String correlationId, Pending pending) {
    byCorrelationId.put(correlationId, pending);
  }

  /** The pending command for this id, removed; empty if it was already answered or expired. */
  public Optional<Pending> complete(String correlationId) {
    return correlationId == null
        ? Optional.empty()
        : Optional.ofNullable(byCorrelationId.remove(correlationId));
  }

  /** Removes and returns the commands whose deadline has passed. */
  public List<Map.Entry<String, Pending>> expire(Instant now) {
    return byCorrelationId.entrySet().stream()
        .filter(entry -> !entry.getValue().deadline().isAfter(now))
        .filter(entry -> byCorrelationId.remove(entry.getKey(), entry.getValue()))
        .toList();
  }

  public int size() {
    return byCorrelationId.size();
  }
}
