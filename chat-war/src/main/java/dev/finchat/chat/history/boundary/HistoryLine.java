package dev.finchat.chat.history.boundary;

import dev.finchat.chat.rooms.entity.ChatMessage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One message as the history page shows it. JavaBean getters on purpose: Jakarta EL resolves a
 * property through its per-class cache, while a method call in an expression ({@code
 * #{message.text()}}) is looked up by reflection on every row, a fifth of the page's time under
 * load.
 */
public final class HistoryLine {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final String when;
  private final String room;
  private final long sequence;
  private final String text;
  private final boolean deleted;

  private HistoryLine(String when, String room, long sequence, String text, boolean deleted) {
    this.when = when;
    this.room = room;
    this.sequence = sequence;
    this.text = text;
    this.deleted = deleted;
  }

  static HistoryLine of(ChatMessage message) {
    return new HistoryLine(
        WHEN.format(message.postedAt()),
        message.room(),
        message.sequence(),
        message.deleted() ? "This message was deleted." : message.text(),
        message.deleted());
  }

  /** When it was posted, to the minute, in UTC. */
  public String getWhen() {
    return when;
  }

  public String getRoom() {
    return room;
  }

  public long getSequence() {
    return sequence;
  }

  public String getText() {
    return text;
  }

  /** Whether its author deleted it: the page shows that instead of its text. */
  public boolean isDeleted() {
    return deleted;
  }
}
