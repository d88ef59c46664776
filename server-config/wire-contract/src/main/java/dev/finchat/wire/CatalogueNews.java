package dev.finchat.wire;

/**
 * What travels on the catalogue topic: a bot node's entries coming and going, a chat node asking.
 */
public sealed interface CatalogueNews {

  /** {@code botNode} runs the bot of {@code entry} and consumes its queue. */
  record Announced(String botNode, CatalogueEntry entry) implements CatalogueNews {}

  /** {@code botNode} stops running the bot of {@code entry}. */
  record Withdrawn(String botNode, CatalogueEntry entry) implements CatalogueNews {}

  /** {@code chatNode} wants every bot node to announce its bots again. */
  record Asked(String chatNode) implements CatalogueNews {}
}
