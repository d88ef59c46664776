package dev.finchat.bots.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Looks up quotes at Stooq, turning every way the call can fail into {@link QuoteLookup}. */
@ApplicationScoped
public class StooqQuotes {

  private static final Logger LOG = Logger.getLogger(StooqQuotes.class.getName());

  @Inject @RestClient StooqQuoteClient client;

  public QuoteLookup lookUp(String symbol) {
    String providerSymbol = symbol.toLowerCase(Locale.ROOT);
    try {
      String body = client.quote(providerSymbol, StooqQuoteClient.FIELDS, "", "csv");
      QuoteLookup lookup = StooqCsv.parse(symbol, body);
      if (lookup instanceof QuoteLookup.Unavailable unavailable) {
        LOG.warning(() -> "Stooq gave no quote for " + symbol + ": " + unavailable.reason());
      }
      return lookup;
    } catch (WebApplicationException e) {
      LOG.warning(() -> "Stooq answered HTTP " + e.getResponse().getStatus() + " for " + symbol);
      return new QuoteLookup.Unavailable("HTTP " + e.getResponse().getStatus());
    } catch (ProcessingException e) {
      LOG.log(Level.WARNING, "Stooq unreachable for " + symbol + ": " + e.getMessage());
      return new QuoteLookup.Unavailable("unreachable");
    }
  }
}
