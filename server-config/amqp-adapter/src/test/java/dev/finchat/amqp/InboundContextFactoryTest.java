package dev.finchat.amqp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.finchat.amqp.InboundContextFactory.InboundConnectionFactory;
import dev.finchat.amqp.InboundContextFactory.SessionEnds;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.naming.InitialContext;
import org.apache.qpid.jms.meta.JmsConnectionId;
import org.apache.qpid.jms.meta.JmsConnectionInfo;
import org.apache.qpid.jms.meta.JmsConsumerId;
import org.apache.qpid.jms.meta.JmsConsumerInfo;
import org.apache.qpid.jms.meta.JmsSessionInfo;
import org.apache.qpid.jms.provider.Provider;
import org.apache.qpid.jms.provider.ProviderException;
import org.apache.qpid.jms.provider.ProviderListener;
import org.junit.jupiter.api.Test;

class InboundContextFactoryTest {

  private final List<Object[]> heard = new ArrayList<>();
  private final SessionEnds provider = new SessionEnds(fake(Provider.class, new ArrayList<>()));

  InboundContextFactoryTest() {
    provider.setProviderListener(fake(ProviderListener.class, heard));
  }

  @Test
  void aSessionTheBrokerEndsClosesTheConnectionConsumersOnIt() throws Exception {
    var connection = new JmsConnectionInfo(new JmsConnectionId("c1"));
    var consumer = new JmsConsumerInfo(new JmsConsumerId("c1", -1, 1), null);
    consumer.setConnectionConsumer(true);
    provider.create(consumer, null);
    var cause = new ProviderException("session ended by the broker");

    provider.onResourceClosed(new JmsSessionInfo(connection, -1), cause);

    assertEquals(List.of("onResourceClosed", "onResourceClosed"), names(heard));
    assertSame(consumer, ((Object[]) heard.get(1)[1])[0]);
    assertSame(cause, ((Object[]) heard.get(1)[1])[1]);
  }

  @Test
  void aSessionTheBrokerEndsWithoutConnectionConsumersFailsTheConnection() throws Exception {
    var connection = new JmsConnectionInfo(new JmsConnectionId("c1"));
    var elsewhere = new JmsConsumerInfo(new JmsConsumerId("c1", -1, 1), null);
    elsewhere.setConnectionConsumer(true);
    provider.create(elsewhere, null);
    var cause = new ProviderException("session ended by the broker");

    provider.onResourceClosed(new JmsSessionInfo(connection, 3), cause);

    assertEquals(List.of("onResourceClosed", "onProviderException"), names(heard));
    var failure = (ProviderException) ((Object[]) heard.get(1)[1])[0];
    assertSame(cause, failure.getCause());
  }

  @Test
  void aConsumerClosedByTheClientIsNoLongerWatched() throws Exception {
    var connection = new JmsConnectionInfo(new JmsConnectionId("c1"));
    var consumer = new JmsConsumerInfo(new JmsConsumerId("c1", -1, 1), null);
    consumer.setConnectionConsumer(true);
    provider.create(consumer, null);
    provider.destroy(consumer, null);

    provider.onResourceClosed(
        new JmsSessionInfo(connection, -1), new ProviderException("session ended"));

    assertEquals(List.of("onResourceClosed", "onProviderException"), names(heard));
  }

  @Test
  void aConsumerTheBrokerClosesIsLeftToTheConnection() {
    var consumer = new JmsConsumerInfo(new JmsConsumerId("c1", -1, 1), null);

    provider.onResourceClosed(consumer, new ProviderException("link closed by the broker"));

    assertEquals(List.of("onResourceClosed"), names(heard));
  }

  @Test
  void messageDrivenBeansGetConnectionsThatHearSessionEnds() throws Exception {
    var properties = new Properties();
    for (String entry : Broker.JNDI_PARAMETERS.split(";")) {
      int equals = entry.indexOf('=');
      properties.setProperty(entry.substring(0, equals), entry.substring(equals + 1));
    }

    var factory = new InitialContext(properties).lookup(Broker.CONNECTION_FACTORY);

    assertInstanceOf(InboundConnectionFactory.class, factory);
  }

  private static List<Object> names(List<Object[]> calls) {
    return calls.stream().map(call -> call[0]).toList();
  }

  /** An implementation of {@code type} that records each call: its method's name and arguments. */
  private static <T> T fake(Class<T> type, List<Object[]> calls) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, arguments) -> {
              calls.add(new Object[] {method.getName(), arguments});
              return null;
            }));
  }
}
