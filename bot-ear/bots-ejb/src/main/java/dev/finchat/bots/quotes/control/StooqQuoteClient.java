package dev.finchat.bots.quotes.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Stooq's CSV quote endpoint; base URL and timeouts come from the {@code stooq} configuration. */
@RegisterRestClient(configKey = "stooq")
@Path("/q/l/")
public interface StooqQuoteClient {

  /** Symbol, date, time, open, high, low, close, volume — with a header row, as CSV. */
  String FIELDS = "sd2t2ohlcv";

  @GET
  @Produces({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
  Response quote(
      @QueryParam("s") String symbol,
      @QueryParam("f") String fields,
      @QueryParam("h") String header,
      @QueryParam("e") String format);
}
