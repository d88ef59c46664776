package dev.finchat.bots.quotes.control;

/** Shared steps of the providers' lookups. */
final class QuoteLookups {

  private QuoteLookups() {}

  /** A parsed answer, with an unusable one thrown so that the circuit breaker counts it. */
  static QuoteLookup orThrow(QuoteLookup parsed) {
    if (parsed instanceof QuoteLookup.Unavailable unavailable) {
      throw new ProviderUnavailable(unavailable.reason());
    }
    return parsed;
  }
}
