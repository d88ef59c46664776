package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.finchat.chat.infrastructure.ChatNode;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RabbitManagementTest {

  @Test
  void readsTheQueuesMessageCount() {
    assertEquals(
        Optional.of(12L),
        RabbitManagement.messagesIn(
            "{\"name\":\"finchat.stock\",\"messages\":12,\"messages_ready\":10}"));
  }

  @Test
  void aQueueNotCountedYetHasNoNumber() {
    assertEquals(Optional.empty(), RabbitManagement.messagesIn("{\"name\":\"finchat.stock\"}"));
  }

  @Test
  void anAnswerThatIsNotJsonHasNoNumber() {
    assertEquals(Optional.empty(), RabbitManagement.messagesIn("<html>login</html>"));
    assertEquals(Optional.empty(), RabbitManagement.messagesIn("{\"messages\":\"many\"}"));
  }

  @Test
  void withoutAManagementApiNothingIsReported() {
    var management = new RabbitManagement();
    management.url = Optional.of("  ");
    var depth = management.depth("finchat.stock");
    assertEquals(false, depth.reported());
    assertEquals("not reported (the broker's management API is not configured)", depth.words());
  }

  @Test
  void asksTheManagementApiForTheQueueWithTheBrokersCredentials() throws Exception {
    var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getRawPath();
          boolean signedIn = exchange.getRequestHeaders().getFirst("Authorization") != null;
          int status = !signedIn ? 401 : path.equals("/api/queues/%2F/finchat.stock") ? 200 : 404;
          byte[] body = "{\"messages\":7}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
          if (status == 200) {
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.start();
    try {
      var management = new RabbitManagement();
      management.node = new ChatNode();
      management.url = Optional.of("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      assertEquals(
          Optional.of("http://127.0.0.1:" + server.getAddress().getPort()), management.ui());
      assertEquals("7", management.depth("finchat.stock").words());
      assertEquals(
          "not reported (RabbitMQ has no such queue)", management.depth("finchat.other").words());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aManagementApiThatDoesNotAnswerReportsNothing() {
    var management = new RabbitManagement();
    management.node = new ChatNode();
    management.url = Optional.of("http://127.0.0.1:9");
    assertEquals(
        "not reported (the management API did not answer)",
        management.depth("finchat.stock").words());
  }
}
