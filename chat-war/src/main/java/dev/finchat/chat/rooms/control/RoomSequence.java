package dev.finchat.chat.rooms.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One room's messages in the order this node's pages must see them: by sequence number, each once,
 * however they arrive — stored here, published by another chat node through the broker, arriving
 * twice, or late. A message ahead of a missing one waits; a gap that stays open is filled from
 * storage, where every message is before anyone sees it. Not thread-safe: one per room, used under
 * the room's lock.
 */
public final class RoomSequence {

  private long delivered;
  private final TreeMap<Long, PostedFrame> waiting = new TreeMap<>();
  private Instant gapSince;

  /** A room whose messages up to {@code delivered} need no delivery any more. */
  public RoomSequence(long delivered) {
    this.delivered = delivered;
  }

  /** The last sequence number delivered, in order, to this node's pages. */
  public long delivered() {
    return delivered;
  }

  /**
   * Takes a message and returns those that may now be delivered, in order: none while an earlier
   * one is missing, none for a message already delivered.
   */
  public List<PostedFrame> offer(PostedFrame message, Instant now) {
    if (message.sequence() <= delivered) {
      return List.of();
    }
    waiting.putIfAbsent(message.sequence(), message);
    var ready = drain();
    gapSince = waiting.isEmpty() ? null : (gapSince == null || !ready.isEmpty() ? now : gapSince);
    return ready;
  }

  /**
   * Whether a message has been missing for longer than {@code patience}: then the caller reads the
   * room's messages after {@link #delivered()} from storage and hands them to {@link #fill}.
   */
  public boolean gapOlderThan(Duration patience, Instant now) {
    return gapSince != null && !gapSince.plus(patience).isAfter(now);
  }

  /** The sequence number of the first message missing, if one is. */
  public Optional<Long> missing() {
    return waiting.isEmpty() ? Optional.empty() : Optional.of(delivered + 1);
  }

  /**
   * Fills a gap with the room's stored messages after {@link #delivered()}, oldest first, read
   * after the gap was seen (perhaps only the first page of them); returns what may now be
   * delivered, in order. A message is published only once stored, so storage is complete up to the
   * last message it returned: a number it skips was deleted, and is not waited for.
   */
  public List<PostedFrame> fill(List<PostedFrame> stored, Instant now) {
    long complete = stored.isEmpty() ? Long.MAX_VALUE : stored.get(stored.size() - 1).sequence();
    for (var message : stored) {
      if (message.sequence() > delivered) {
        waiting.putIfAbsent(message.sequence(), message);
      }
    }
    var ready = new ArrayList<PostedFrame>();
    while (!waiting.isEmpty() && waiting.firstKey() <= complete) {
      var next = waiting.pollFirstEntry().getValue();
      delivered = next.sequence();
      ready.add(next);
    }
    ready.addAll(drain());
    gapSince = waiting.isEmpty() ? null : now;
    return ready;
  }

  private List<PostedFrame> drain() {
    var ready = new ArrayList<PostedFrame>();
    while (!waiting.isEmpty() && waiting.firstKey() == delivered + 1) {
      var next = waiting.pollFirstEntry().getValue();
      delivered = next.sequence();
      ready.add(next);
    }
    return ready;
  }
}
