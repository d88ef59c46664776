package dev.finchat.bots.quotes.control;

/**
 * The circuit breaker every quote provider's lookup sits behind, in one place: it opens when three
 * of the last four calls found the provider unavailable, then answers "unavailable" at once for 15
 * s instead of making each asker wait for a provider that is down, and closes again after one trial
 * call succeeds. (MicroProfile Config may still override a value per method, as the tests do.)
 */
final class ProviderBreaker {

  static final int CALLS_LOOKED_AT = 4;
  static final double FAILURE_RATIO = 0.75;
  static final long OPEN_MILLIS = 15_000;
  static final int TRIAL_CALLS = 1;

  private ProviderBreaker() {}
}
