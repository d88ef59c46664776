package dev.finchat.bots.quotes.control;

import jakarta.ws.rs.core.Response;

/** Shared steps of the providers' lookups. */
final class QuoteLookups {

  /**
   * Header of every answer of finchat's offline quote simulator ({@code ./finchat up --offline}),
   * so that no simulated price is ever shown as a market price.
   */
  static final String SIMULATED_HEADER = "X-Finchat-Simulated";

  private QuoteLookups() {}

  /**
   * The body of a provider's answer, with an HTTP error thrown as {@link ProviderUnavailable}
   * (whether or not the client already mapped it to an exception).
   */
  static String body(Response response) {
    try (response) {
      if (response.getStatus() >= 300) {
        throw new ProviderUnavailable("HTTP " + response.getStatus());
      }
      return response.readEntity(String.class);
    }
  }

  static boolean simulated(Response response) {
    return "true".equalsIgnoreCase(response.getHeaderString(SIMULATED_HEADER));
  }

  /** {@link #orThrow}, with a quote marked simulated when the simulator gave it. */
  static QuoteLookup orThrow(QuoteLookup parsed, boolean simulated) {
    QuoteLookup lookup = orThrow(parsed);
    return lookup instanceof QuoteLookup.Found found ? found.simulatedIf(simulated) : lookup;
  }

  /** A parsed answer, with an unusable one thrown so that the circuit breaker counts it. */
  static QuoteLookup orThrow(QuoteLookup parsed) {
    if (parsed instanceof QuoteLookup.Unavailable unavailable) {
      throw new ProviderUnavailable(unavailable.reason());
    }
    return parsed;
  }
}
