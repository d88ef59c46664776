package dev.finchat.bots.quotes.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Finnhub's quote endpoint; base URL and timeouts come from the {@code finnhub} configuration. */
@RegisterRestClient(configKey = "finnhub")
@Path("/api/v1/quote")
public interface FinnhubQuoteClient {

  /** The quote as JSON ({@code c, d, dp, h, l, o, pc, t}), read as text: it may not be JSON. */
  @GET
  @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  Response quote(@QueryParam("symbol") String symbol, @HeaderParam("X-Finnhub-Token") String token);
}
