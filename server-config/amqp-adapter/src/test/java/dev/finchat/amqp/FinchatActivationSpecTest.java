package dev.finchat.amqp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FinchatActivationSpecTest {

  @Test
  void aBeanThatNamesAQueueConsumesItWithFinchatsConnectionSettings() {
    var spec = new FinchatActivationSpec();
    spec.setQueue("finchat.stock");

    assertEquals("consumed", spec.getDestination());
    assertEquals("jakarta.jms.Queue", spec.getDestinationType());
    assertEquals(Broker.CONNECTION_FACTORY, spec.getConnectionFactory());
    assertEquals(
        Broker.JNDI_PARAMETERS + "queue.consumed=/amq/queue/finchat.stock",
        spec.getJndiParameters());
  }

  @Test
  void aBeanThatNamesATopicSubscribesToIt() {
    var spec = new FinchatActivationSpec();
    spec.setTopic("finchat.rooms");

    assertEquals("jakarta.jms.Topic", spec.getDestinationType());
    assertTrue(
        spec.getJndiParameters().endsWith(";topic.consumed=/topic/finchat.rooms"),
        spec.getJndiParameters());
  }

  @Test
  void aBeansOwnJndiEntriesComeBeforeTheConsumedOneWhateverTheOrderTheyAreSetIn() {
    var spec = new FinchatActivationSpec();
    spec.setQueue("finchat.replies.${FINCHAT_NODE}");
    spec.setJndiParameters("FINCHAT_NODE=chat-1");

    assertEquals(
        Broker.JNDI_PARAMETERS
            + "FINCHAT_NODE=chat-1;queue.consumed=/amq/queue/finchat.replies.${FINCHAT_NODE}",
        spec.getJndiParameters());
  }
}
