package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
