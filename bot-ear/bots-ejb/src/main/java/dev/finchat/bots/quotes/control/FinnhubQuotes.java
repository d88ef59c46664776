package dev.finchat.bots.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Looks up quotes at Finnhub, turning every way the call can fail into {@link QuoteLookup}. */
@ApplicationScoped
public class FinnhubQuotes {

  private static final Logger LOG = Logger.getLogger(FinnhubQuotes.class.getName());

  @Inject @RestClient FinnhubQuoteClient client;

  @Inject
  @ConfigProperty(name = "finchat.finnhub.token", defaultValue = "")
  String token;

  public QuoteLookup lookUp(String symbol) {
    try {
      QuoteLookup lookup = FinnhubJson.parse(symbol, client.quote(providerSymbol(symbol), token));
      if (lookup instanceof QuoteLookup.Unavailable unavailable) {
        LOG.warning(() -> "Finnhub gave no quote for " + symbol + ": " + unavailable.reason());
      }
      return lookup;
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      LOG.warning(
          () ->
              status == 401 || status == 403
                  ? "Finnhub refused the token (HTTP " + status + "): set FINCHAT_FINNHUB_TOKEN"
                  : "Finnhub answered HTTP " + status + " for " + symbol);
      return new QuoteLookup.Unavailable("HTTP " + status);
    } catch (ProcessingException e) {
      LOG.warning(() -> "Finnhub unreachable for " + symbol + ": " + e.getMessage());
      return new QuoteLookup.Unavailable("unreachable");
    }
  }

  /** Finnhub names US stocks without the market suffix: {@code AAPL.US} is {@code AAPL}. */
  static String providerSymbol(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    return upper.endsWith(".US") ? upper.substring(0, upper.length() - 3) : upper;
  }
}
