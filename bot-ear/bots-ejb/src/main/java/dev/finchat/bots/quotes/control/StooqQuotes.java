package dev.finchat.bots.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Looks up quotes at Stooq. Every way the call can fail ends in {@link QuoteLookup.Unavailable};
 * after repeated failures the circuit opens and Stooq is left alone for a while (then one trial
 * call decides), so a dead provider is not hammered and users get their answer at once.
 */
@ApplicationScoped
public class StooqQuotes {

  @Inject @RestClient StooqQuoteClient client;

  @CircuitBreaker(
      failOn = ProviderUnavailable.class,
      requestVolumeThreshold = ProviderBreaker.CALLS_LOOKED_AT,
      failureRatio = ProviderBreaker.FAILURE_RATIO,
      delay = ProviderBreaker.OPEN_MILLIS,
      successThreshold = ProviderBreaker.TRIAL_CALLS)
  @Fallback(ProviderDown.class)
  public QuoteLookup lookUp(String symbol) {
    String body;
    boolean simulated;
    try {
      Response response =
          client.quote(symbol.toLowerCase(Locale.ROOT), StooqQuoteClient.FIELDS, "", "csv");
      simulated = QuoteLookups.simulated(response);
      body = QuoteLookups.body(response);
    } catch (WebApplicationException e) {
      throw new ProviderUnavailable("HTTP " + e.getResponse().getStatus());
    } catch (ProcessingException e) {
      throw new ProviderUnavailable("unreachable: " + e.getMessage());
    }
    return QuoteLookups.orThrow(StooqCsv.parse(symbol, body), simulated);
  }
}
