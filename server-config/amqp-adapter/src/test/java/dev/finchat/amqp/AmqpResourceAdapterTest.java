package dev.finchat.amqp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.Map;
import javax.management.JMX;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the adapter tells through JMX about its beans' consumers. Their setup never runs here (the
 * work manager drops it), so every consumer is as one still connecting to the broker: detached.
 */
class AmqpResourceAdapterTest {

  private final AmqpResourceAdapter adapter = new AmqpResourceAdapter();

  @AfterEach
  void stop() {
    adapter.stop();
  }

  @Test
  void aBeanWhoseConsumerIsNotSetUpYetIsReportedDetachedThroughJmx() throws Exception {
    adapter.start(context());
    adapter.endpointActivation(endpoints(), queue("finchat.stock"));
    adapter.endpointActivation(endpoints(), topic("finchat.rooms"));

    assertEquals(
        Map.of("finchat.stock", false, "topic finchat.rooms", false), published().getAttached());
  }

  @Test
  void aDeactivatedBeanIsNoLongerReported() throws Exception {
    adapter.start(context());
    var stock = queue("finchat.stock");
    adapter.endpointActivation(endpoints(), stock);
    adapter.endpointActivation(endpoints(), queue("finchat.day_range"));

    adapter.endpointDeactivation(endpoints(), stock);

    assertEquals(Map.of("finchat.day_range", false), published().getAttached());
  }

  @Test
  void aStoppedAdapterIsNoLongerPublished() throws Exception {
    adapter.start(context());

    adapter.stop();

    assertFalse(
        ManagementFactory.getPlatformMBeanServer()
            .isRegistered(new ObjectName(Consumers.OBJECT_NAME)));
  }

  private static Consumers published() throws Exception {
    return JMX.newMXBeanProxy(
        ManagementFactory.getPlatformMBeanServer(),
        new ObjectName(Consumers.OBJECT_NAME),
        Consumers.class);
  }

  private static FinchatActivationSpec queue(String name) {
    var spec = new FinchatActivationSpec();
    spec.setQueue(name);
    return spec;
  }

  private static FinchatActivationSpec topic(String name) {
    var spec = new FinchatActivationSpec();
    spec.setTopic(name);
    return spec;
  }

  /** A container whose work manager accepts the activations' setup and never runs it. */
  private static BootstrapContext context() {
    var workManager = stub(WorkManager.class, null);
    return stub(BootstrapContext.class, workManager);
  }

  private static MessageEndpointFactory endpoints() {
    return stub(MessageEndpointFactory.class, false);
  }

  /** An object of {@code type} whose methods do nothing and answer {@code answer} where asked. */
  private static <T> T stub(Class<T> type, Object answer) {
    return type.cast(
        Proxy.newProxyInstance(
            AmqpResourceAdapterTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, arguments) -> method.getReturnType() == void.class ? null : answer));
  }
}
