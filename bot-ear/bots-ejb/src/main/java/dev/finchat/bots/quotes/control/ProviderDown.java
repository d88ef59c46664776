package dev.finchat.bots.quotes.control;

import jakarta.enterprise.context.Dependent;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * What a quote lookup ends in when its provider failed, or when its circuit breaker is open and the
 * provider is not asked at all: {@link QuoteLookup.Unavailable}, never an exception.
 */
// A bean: the container looks the handler up through CDI.
@Dependent
public class ProviderDown implements FallbackHandler<QuoteLookup> {

  private static final Logger LOG = Logger.getLogger(ProviderDown.class.getName());

  @Override
  public QuoteLookup handle(ExecutionContext call) {
    String provider = call.getMethod().getDeclaringClass().getSimpleName();
    Object symbol = call.getParameters().length > 0 ? call.getParameters()[0] : "?";
    Throwable failure = call.getFailure();
    if (failure instanceof CircuitBreakerOpenException) {
      LOG.fine(() -> provider + " is resting after repeated failures; not asked for " + symbol);
      return new QuoteLookup.Unavailable("circuit open");
    }
    if (failure instanceof ProviderUnavailable unavailable) {
      LOG.warning(
          () -> provider + " gave no quote for " + symbol + ": " + unavailable.getMessage());
      return new QuoteLookup.Unavailable(unavailable.getMessage());
    }
    LOG.log(Level.SEVERE, provider + " failed unexpectedly for " + symbol, failure);
    return new QuoteLookup.Unavailable("unexpected failure");
  }
}
