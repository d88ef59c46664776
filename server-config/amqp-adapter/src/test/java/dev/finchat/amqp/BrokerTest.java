package dev.finchat.amqp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import javax.naming.InitialContext;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.apache.qpid.jms.JmsQueue;
import org.apache.qpid.jms.policy.JmsDefaultPrefetchPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrokerTest {

  @AfterEach
  void clearOverrides() {
    System.clearProperty(Broker.URL);
    System.clearProperty(Broker.USER);
  }

  @Test
  void jndiParametersResolveToTheDefaultBrokerWhenNothingIsConfigured() throws Exception {
    var factory = lookUp(Broker.JNDI_PARAMETERS, Broker.CONNECTION_FACTORY);

    assertTrue(factory.getRemoteURI().startsWith("amqp://127.0.0.1:5672"), factory.getRemoteURI());
    assertEquals("guest", factory.getUsername());
    assertEquals(10_000, factory.getRequestTimeout());
    assertTrue(factory.isReceiveLocalOnly());
    assertFalse(factory.isLocalMessageExpiry(), "RabbitMQ 3.10 ends a session on its outcome");
    assertEquals(
        10,
        ((JmsDefaultPrefetchPolicy) factory.getPrefetchPolicy()).getQueuePrefetch(),
        "fewer than the RA's sessions");
  }

  @Test
  void aSystemPropertyOverridesTheDefaultForMessageDrivenBeansAndSendersAlike() throws Exception {
    System.setProperty(Broker.URL, "amqp://broker.example:5673");
    System.setProperty(Broker.USER, "finchat");

    var factory = lookUp(Broker.JNDI_PARAMETERS, Broker.CONNECTION_FACTORY);

    assertTrue(factory.getRemoteURI().startsWith("amqp://broker.example:5673"));
    assertEquals("finchat", factory.getUsername());
    assertTrue(
        Broker.failoverUri(Broker.url()).startsWith("failover:(amqp://broker.example:5673)"));
    assertEquals("finchat", Broker.user());
  }

  @Test
  void queuesAreAddressedAsExistingRabbitMqQueues() throws Exception {
    var parameters = Broker.JNDI_PARAMETERS + "queue.stock=" + Broker.queueAddress("finchat.stock");

    var queue = (JmsQueue) context(parameters).lookup("stock");

    assertEquals("/amq/queue/finchat.stock", queue.getQueueName());
  }

  private static JmsConnectionFactory lookUp(String parameters, String name) throws Exception {
    return (JmsConnectionFactory) context(parameters).lookup(name);
  }

  /** Parses the parameters exactly as the resource adapter does: ';' between entries, first '='. */
  private static InitialContext context(String parameters) throws Exception {
    var properties = new Properties();
    for (String entry : parameters.split(";")) {
      int equals = entry.indexOf('=');
      properties.setProperty(entry.substring(0, equals), entry.substring(equals + 1));
    }
    return new InitialContext(properties);
  }
}
