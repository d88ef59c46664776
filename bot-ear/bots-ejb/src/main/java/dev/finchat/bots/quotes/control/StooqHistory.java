package dev.finchat.bots.quotes.control;

import dev.finchat.wire.PriceChart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Recent closing prices from Stooq, for the chart beside a {@code /stock} answer. The chart is a
 * bonus: it never delays the answer by more than a moment, and any failure means no chart.
 */
@ApplicationScoped
public class StooqHistory {

  @Inject @RestClient StooqQuoteClient client;

  @Timeout(1500)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
  @Fallback(fallbackMethod = "noChart")
  public Optional<PriceChart> recentCloses(String symbol) {
    return StooqHistoryCsv.parse(
        QuoteLookups.body(client.history(symbol.toLowerCase(Locale.ROOT), "d")));
  }

  Optional<PriceChart> noChart(String symbol) {
    return Optional.empty();
  }
}
