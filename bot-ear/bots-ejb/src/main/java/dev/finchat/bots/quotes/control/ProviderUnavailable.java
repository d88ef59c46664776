package dev.finchat.bots.quotes.control;

/**
 * A provider could not be asked or answered something that is not a quote. Thrown, not returned, so
 * that the circuit breaker counts it; {@link ProviderDown} turns it into {@link
 * QuoteLookup.Unavailable}.
 */
public class ProviderUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProviderUnavailable(String reason) {
    super(reason, null, false, false);
  }
}
