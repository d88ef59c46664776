package dev.finchat.chat.admin.control;

import dev.finchat.chat.infrastructure.ChatNode;
import dev.finchat.chat.rooms.control.Frames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * RabbitMQ's management API, when the operator names it ({@code FINCHAT_RABBITMQ_MANAGEMENT_URL},
 * e.g. {@code http://127.0.0.1:15672}): how many messages wait in a queue. Other brokers report no
 * depths, and then none is shown: a number is never guessed.
 */
@ApplicationScoped
public class RabbitManagement {

  private static final Duration PATIENCE = Duration.ofSeconds(2);

  @Inject
  @ConfigProperty(name = "finchat.rabbitmq.management-url")
  Optional<String> url;

  @Inject ChatNode node;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

  /** The management UI's address, when it is configured. */
  public Optional<String> ui() {
    return url.map(String::strip).filter(value -> !value.isEmpty()).map(RabbitManagement::trimmed);
  }

  /**
   * The messages waiting in {@code queue} (ready and unacknowledged), or why there is no number: no
   * management API is configured, or it did not answer.
   */
  public Depth depth(String queue) {
    if (ui().isEmpty()) {
      return Depth.notReported("not reported (the broker's management API is not configured)");
    }
    String address =
        ui().get() + "/api/queues/%2F/" + URLEncoder.encode(queue, StandardCharsets.UTF_8);
    String credentials = node.brokerUser() + ":" + node.brokerPassword();
    try {
      var response =
          http.send(
              HttpRequest.newBuilder(URI.create(address))
                  .timeout(PATIENCE)
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return Depth.notReported("not reported (RabbitMQ has no such queue)");
      }
      if (response.statusCode() != 200) {
        return Depth.notReported(
            "not reported (the management API answered " + response.statusCode() + ")");
      }
      return messagesIn(response.body())
          .map(Depth::of)
          .orElse(Depth.notReported("not reported yet (RabbitMQ has not counted it)"));
    } catch (java.io.IOException | IllegalArgumentException e) {
      return Depth.notReported("not reported (the management API did not answer)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Depth.notReported("not reported (interrupted)");
    }
  }

  /** The {@code messages} count of a queue as the management API describes it, if present. */
  static Optional<Long> messagesIn(String json) {
    try (var reader = Frames.JSON.createReader(new StringReader(json))) {
      return reader.readObject().get("messages") instanceof JsonNumber number
          ? Optional.of(number.longValue())
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String trimmed(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** A queue's depth, or the words saying why there is none. */
  public record Depth(Long messages, String words) {
    static Depth of(long messages) {
      return new Depth(messages, String.valueOf(messages));
    }

    static Depth notReported(String why) {
      return new Depth(null, why);
    }

    public boolean reported() {
      return messages != null;
    }
  }
}
