package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
    var request =
        HttpRequest.newBuilder(
                URI.create(stub.url() + "/q/l/?s=" + symbols + "&f=sd2t2ohlcv&h&e=csv"))
            .timeout(timeout)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersARecordedQuoteLikeStooq() throws Exception {
    var response = get("aapl.us");

    assertEquals(200, response.statusCode());
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
    assertTrue(get("html.us").body().startsWith("<!DOCTYPE html>"));
    assertEquals("Access denied", get("denied.us").body());
    assertEquals(404, get("notfound.us").statusCode());
    assertEquals(500, get("broken.us").statusCode());
    assertTrue(get("truncated.us").body().endsWith("TRUNCATED.US,2026-11-24,22:0"));
  }

  @Test
  void aModeAppliesToEveryRequestUntilHealthyAgain() throws Exception {
    stub.mode(QuoteStub.Mode.DENIED);
    assertEquals("Access denied", get("aapl.us").body());

    stub.mode(QuoteStub.Mode.HEALTHY);
    assertTrue(get("aapl.us").body().contains("232.87"));
    assertEquals(2, stub.requestCount());
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
}
