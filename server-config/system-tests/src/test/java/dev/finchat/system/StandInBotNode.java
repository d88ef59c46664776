package dev.finchat.system;

import dev.finchat.amqp.Broker;
import dev.finchat.wire.Catalogue;
import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.CatalogueNews;
import dev.finchat.wire.Queues;
import dev.finchat.wire.jms.JmsWire;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * Announces finchat's two bots on the catalogue topic as a bot node does, for a chat node tested
 * without one: its commands are then offered and sent (whether a bot answers is BotsIT's concern).
 */
final class StandInBotNode {

  static final List<CatalogueEntry> BOTS =
      List.of(
          new CatalogueEntry("StockBot", Queues.STOCK, "stock", "/stock=AAPL.US", "latest price"),
          new CatalogueEntry(
              "DayRangeBot",
              Queues.DAY_RANGE,
              "day_range",
              "/day_range=AAPL.US",
              "today's low and high"));

  private StandInBotNode() {}

  /**
   * Announces the bots until the chat node on {@code chatPort} says it is ready (it has heard
   * them), within 30 s.
   */
  static void announceTo(int chatPort) throws Exception {
    var factory =
        new JmsConnectionFactory(
            "guest", "guest", TestSystem.brokerUrl() + "?" + Broker.CLIENT_OPTIONS);
    var http = HttpClient.newHttpClient();
    var readiness =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + chatPort + "/health/ready"))
            .build();
    Instant deadline = Instant.now().plusSeconds(30);
    try (var connection = factory.createConnection();
        var session = connection.createSession();
        var producer = session.createProducer(JmsWire.topic(session, Queues.CATALOGUE))) {
      HttpResponse<String> health;
      do {
        for (CatalogueEntry bot : BOTS) {
          producer.send(
              JmsWire.write(
                  session, Catalogue.encode(new CatalogueNews.Announced("stand-in", bot))));
        }
        Thread.sleep(Duration.ofMillis(500).toMillis());
        health = http.send(readiness, HttpResponse.BodyHandlers.ofString());
      } while (health.statusCode() != 200 && Instant.now().isBefore(deadline));
      if (health.statusCode() != 200) {
        throw new AssertionError("the chat node did not hear the bots: " + health.body());
      }
    }
  }
}
