package dev.finchat.wire;

/** The queues chat nodes and bots share by name. */
public final class Queues {

  /** Queue of the stock bot ({@code /stock=}). */
  public static final String STOCK = "finchat.stock";

  /** Queue of the day-range bot ({@code /day_range=}). */
  public static final String DAY_RANGE = "finchat.day_range";

  /** Queue of the card bot ({@code /card=}), which the chat page asks when a cashtag is opened. */
  public static final String CARD = "finchat.card";

  /** Where a bot moves a message it cannot answer at all (no reply address, unreadable). */
  public static final String DEAD_LETTER = "finchat.dead_letter";

  /**
   * Topic on which bot nodes announce and withdraw their bots and chat nodes ask for them: each
   * chat node keeps the live catalogue it hears there.
   */
  public static final String CATALOGUE = "finchat.catalogue";

  /** Prefix of each chat node's own reply queue; the node name completes it. */
  public static final String REPLY_PREFIX = "finchat.replies.";

  private Queues() {}
}
