package dev.finchat.bots.quotes.control;

/** What asking a provider for a symbol can end in; every case becomes a reply the user can read. */
public sealed interface QuoteLookup {

  /** A quote; {@code simulated} when it came from the offline simulator, not a market. */
  record Found(Quote quote, boolean simulated) implements QuoteLookup {

    public Found(Quote quote) {
      this(quote, false);
    }

    /** This quote, marked as simulated when {@code simulated}. */
    public Found simulatedIf(boolean simulated) {
      return new Found(quote, this.simulated || simulated);
    }
  }

  /** The provider answered and knows no such symbol. */
  record NotFound(String symbol) implements QuoteLookup {}

  /** The provider could not be asked, or answered something that is not a quote. */
  record Unavailable(String reason) implements QuoteLookup {}
}
