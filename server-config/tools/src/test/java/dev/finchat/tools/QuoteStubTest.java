package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stub answers as Stooq and Finnhub do, in health and in each of their failure modes. */
class QuoteStubTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private QuoteStub stub;

  @BeforeEach
  void start() throws Exception {
    stub = new QuoteStub(0);
    stub.start();
  }

  @AfterEach
  void stop() {
    stub.stop();
  }

  private HttpResponse<String> get(String symbols) throws Exception {
    return get(symbols, Duration.ofSeconds(5));
  }

  private HttpResponse<String> get(String symbols, Duration timeout) throws Exception {
    return http.send(request(symbols, timeout), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String symbols, Duration timeout) {
    return HttpRequest.newBuilder(
            URI.create(stub.url() + "/q/l/?s=" + symbols + "&f=sd2t2ohlcv&h&e=csv"))
        .timeout(timeout)
        .build();
  }

  @Test
  void answersARecordedQuoteLikeStooq() throws Exception {
    var response = get("aapl.us");

    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    assertEquals(
        "Symbol,Date,Time,Open,High,Low,Close,Volume\r\n"
            + "AAPL.US,2026-11-24,22:00:19,230.1,233.45,229.02,232.87,51234567\r\n",
        response.body());
  }

  @Test
  void answersOneRowPerSymbolAndNoDataForAnUnknownOne() throws Exception {
    var lines = get("aapl.us+xyz.us").body().split("\r\n");

    assertEquals(3, lines.length);
    assertEquals("XYZ.US,N/D,N/D,N/D,N/D,N/D,N/D,N/D", lines[2]);
  }

  @Test
  void servesEachFailureModeOnItsSymbol() throws Exception {
    var html = get("html.us");
    assertEquals(200, html.statusCode());
    assertTrue(html.body().startsWith("<!DOCTYPE html>"));
    var denied = get("denied.us");
    assertEquals(200, denied.statusCode());
    assertEquals("Access denied", denied.body());
    var notFound = get("notfound.us");
    assertEquals(404, notFound.statusCode());
    assertTrue(notFound.body().startsWith("<html>"));
    assertEquals(500, get("broken.us").statusCode());
    var truncated = get("truncated.us");
    assertEquals(200, truncated.statusCode());
    assertEquals(
        "Symbol,Date,Time,Open,High,Low,Close,Volume\r\nTRUNCATED.US,2026-11-24,22:0",
        truncated.body());
  }

  @Test
  void aModeAppliesToEveryRequestUntilHealthyAgain() throws Exception {
    stub.mode(QuoteStub.Mode.DENIED);
    assertEquals("Access denied", get("aapl.us").body());
    stub.mode(QuoteStub.Mode.HTML);
    assertTrue(get("aapl.us").body().contains("Just a moment"));
    stub.mode(QuoteStub.Mode.NOT_FOUND);
    assertEquals(404, get("aapl.us").statusCode());
    stub.mode(QuoteStub.Mode.ERROR_500);
    assertEquals(500, get("aapl.us").statusCode());
    stub.mode(QuoteStub.Mode.TRUNCATED);
    assertTrue(get("aapl.us").body().endsWith("AAPL.US,2026-11-24,22:0"));
    stub.mode(QuoteStub.Mode.HANG);
    assertThrows(HttpTimeoutException.class, () -> get("aapl.us", Duration.ofMillis(200)));

    stub.mode(QuoteStub.Mode.HEALTHY);
    assertTrue(get("aapl.us").body().contains("232.87"));
    assertEquals(7, stub.requestCount());
  }

  @Test
  void aSlowModeAnswersCorrectlyButLate() throws Exception {
    stub.slowDelay(Duration.ofMillis(300));
    stub.mode(QuoteStub.Mode.SLOW);

    long start = System.nanoTime();
    assertTrue(get("aapl.us").body().contains("AAPL.US,2026-11-24,22:00:19"));
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
  }

  @Test
  void aHangingRequestHoldsUpNeitherOthersNorStopping() throws Exception {
    CompletableFuture<HttpResponse<String>> hanging =
        http.sendAsync(
            request("hang.us", Duration.ofMinutes(2)), HttpResponse.BodyHandlers.ofString());
    awaitRequests(1);

    assertTrue(get("msft.us").body().contains("476.42"));

    long start = System.nanoTime();
    stub.stop();
    assertTrue(
        System.nanoTime() - start < Duration.ofSeconds(2).toNanos(),
        "stop took " + (System.nanoTime() - start) / 1_000_000 + " ms");
    assertTrue(
        hanging.handle((response, failure) -> failure != null).get(),
        "the hanging request was answered");
  }

  private void awaitRequests(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (stub.requestCount() < count) {
      if (System.nanoTime() > deadline) {
        fail("the stub saw " + stub.requestCount() + " requests, not " + count);
      }
      Thread.sleep(10);
    }
  }

  @Test
  void slowAnswersLateAndHangNeverAnswers() throws Exception {
    stub.slowDelay(Duration.ofMillis(300));
    long start = System.nanoTime();
    assertTrue(get("slow.us").body().contains("SLOW.US,N/D"));
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());

    assertThrows(HttpTimeoutException.class, () -> get("hang.us", Duration.ofMillis(300)));
  }

  private HttpResponse<String> finnhub(String symbol, String token) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(stub.url() + "/api/v1/quote?symbol=" + symbol));
    if (token != null) {
      request.header("X-Finnhub-Token", token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersFinnhubQuotesWithAToken() throws Exception {
    var response = finnhub("AAPL", "test-token");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"h\":233.45"), response.body());
    assertTrue(response.body().contains("\"l\":229.02"), response.body());
    assertTrue(finnhub("NOSUCH", "t").body().startsWith("{\"c\":0,"));
    assertEquals(401, finnhub("AAPL", null).statusCode());
    assertEquals("Access denied", finnhub("DENIED", "t").body());
  }

  @Test
  void itsModeCanBeChangedOverHttpWhileItRuns() throws Exception {
    var set = control("POST", "mode?set=DENIED");
    assertEquals(200, set.statusCode());
    assertEquals("DENIED\n", set.body());
    assertEquals("Access denied", get("aapl.us").body());
    assertEquals("DENIED\n", control("GET", "mode").body());

    var refused = control("POST", "mode?set=sideways");
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("HEALTHY"), refused.body());

    control("POST", "mode?set=healthy");
    assertTrue(get("aapl.us").body().contains("232.87"));
    assertEquals("2\n", control("GET", "requests").body());
  }

  private HttpResponse<String> control(String method, String path) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(stub.url() + QuoteStub.CONTROL + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theSimulatorMarksEveryAnswerAndKnowsWellKnownSymbolsOnly() throws Exception {
    var simulator = new QuoteStub(0, true);
    simulator.start();
    try {
      var quote =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(simulator.url() + "/q/l/?s=nvda.us&f=sd2t2ohlcv&h&e=csv"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals("true", quote.headers().firstValue(QuoteStub.SIMULATED_HEADER).orElse(""));
      assertTrue(quote.body().startsWith(QuoteStub.HEADER + "\r\nNVDA.US,"), quote.body());
      assertFalse(quote.body().contains("N/D"), quote.body());

      var unknown =
          http.send(
              HttpRequest.newBuilder(URI.create(simulator.url() + "/api/v1/quote?symbol=NOSUCH"))
                  .header("X-Finnhub-Token", "offline")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(unknown.body().startsWith("{\"c\":0,"), unknown.body());
      assertEquals("true", unknown.headers().firstValue(QuoteStub.SIMULATED_HEADER).orElse(""));
    } finally {
      simulator.stop();
    }
    assertTrue(get("aapl.us").headers().firstValue(QuoteStub.SIMULATED_HEADER).isEmpty());
  }

  @Test
  void servesThirtyWeekdaysOfHistoryEndingWithTheRecordedClose() throws Exception {
    var history =
        http.send(
            HttpRequest.newBuilder(URI.create(stub.url() + "/q/d/l/?s=aapl.us&i=d")).build(),
            HttpResponse.BodyHandlers.ofString());
    String[] lines = history.body().split("\r\n");

    assertEquals("Date,Open,High,Low,Close,Volume", lines[0]);
    assertEquals(31, lines.length);
    assertTrue(lines[30].startsWith("2026-11-24,232.87,"), lines[30]);
    assertEquals(
        "No data",
        http.send(
                HttpRequest.newBuilder(URI.create(stub.url() + "/q/d/l/?s=nosuch.us&i=d")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }
}
