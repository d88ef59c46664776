package dev.finchat.bots.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Looks up quotes at Finnhub. Every way the call can fail ends in {@link QuoteLookup.Unavailable},
 * behind a circuit breaker, as for Stooq ({@link StooqQuotes}).
 */
@ApplicationScoped
public class FinnhubQuotes {

  private static final Logger LOG = Logger.getLogger(FinnhubQuotes.class.getName());

  @Inject @RestClient FinnhubQuoteClient client;

  @Inject
  @ConfigProperty(name = "finchat.finnhub.token", defaultValue = "")
  String token;

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
      Response response = client.quote(providerSymbol(symbol), token);
      warnOfARefusedToken(response.getStatus());
      simulated = QuoteLookups.simulated(response);
      body = QuoteLookups.body(response);
    } catch (WebApplicationException e) {
      warnOfARefusedToken(e.getResponse().getStatus());
      throw new ProviderUnavailable("HTTP " + e.getResponse().getStatus());
    } catch (ProcessingException e) {
      throw new ProviderUnavailable("unreachable: " + e.getMessage());
    }
    return QuoteLookups.orThrow(FinnhubJson.parse(symbol, body), simulated);
  }

  private static void warnOfARefusedToken(int status) {
    if (status == 401 || status == 403) {
      LOG.warning(
          () -> "Finnhub refused the token (HTTP " + status + "): set FINCHAT_FINNHUB_TOKEN");
    }
  }

  /** Finnhub names US stocks without the market suffix: {@code AAPL.US} is {@code AAPL}. */
  static String providerSymbol(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    return upper.endsWith(".US") ? upper.substring(0, upper.length() - 3) : upper;
  }
}
