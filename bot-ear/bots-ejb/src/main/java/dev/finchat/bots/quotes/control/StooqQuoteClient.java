package dev.finchat.bots.quotes.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Stooq's CSV endpoints; base URL and timeouts come from the {@code stooq} configuration. */
@RegisterRestClient(configKey = "stooq")
@Path("/q")
public interface StooqQuoteClient {

  /** Symbol, date, time, open, high, low, close, volume — with a header row, as CSV. */
  String FIELDS = "sd2t2ohlcv";

  @GET
  @Path("/l/")
  @Produces({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
  Response quote(
      @QueryParam("s") String symbol,
      @QueryParam("f") String fields,
      @QueryParam("h") String header,
      @QueryParam("e") String format);

  /** Daily history ({@code i=d}): {@code Date,Open,High,Low,Close,Volume}, oldest first, as CSV. */
  @GET
  @Path("/d/l/")
  @Produces({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
  Response history(@QueryParam("s") String symbol, @QueryParam("i") String interval);
}
