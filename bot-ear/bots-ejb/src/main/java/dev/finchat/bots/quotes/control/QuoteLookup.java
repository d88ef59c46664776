package dev.finchat.bots.quotes.control;

/** What asking a provider for a symbol can end in; every case becomes a reply the user can read. */
public sealed interface QuoteLookup {

  record Found(Quote quote) implements QuoteLookup {}

  /** The provider answered and knows no such symbol. */
  record NotFound(String symbol) implements QuoteLookup {}

  /** The provider could not be asked, or answered something that is not a quote. */
  record Unavailable(String reason) implements QuoteLookup {}
}
