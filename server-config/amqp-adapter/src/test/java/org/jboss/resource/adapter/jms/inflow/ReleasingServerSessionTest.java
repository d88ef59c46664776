package org.jboss.resource.adapter.jms.inflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleasingServerSessionTest {

  private final Message message =
      (Message)
          Proxy.newProxyInstance(
              getClass().getClassLoader(), new Class<?>[] {Message.class}, (p, m, a) -> null);

  @Test
  void aMessageTheContainerRefusesIsNotAcknowledgedButThrownBackToQpidToRelease() {
    var bean =
        new Bean(new EJBException("Message-driven bean invocation closed by container"), null);
    var session = sessionFor(bean);

    var thrown = assertThrows(RuntimeException.class, () -> session.onMessage(message));

    assertSame(bean.refusal, thrown.getCause());
    assertEquals(List.of("before"), bean.calls);
  }

  @Test
  void aBeanThatFailsOnAMessageHasTheMessageAcknowledgedAndItsDeliveryEnded() {
    var bean = new Bean(null, new IllegalStateException("a bug in the bean"));
    var session = sessionFor(bean);

    session.onMessage(message);

    assertEquals(List.of("before", "message", "after"), bean.calls);
  }

  @Test
  void aMessageIsDeliveredBetweenBeforeAndAfter() {
    var bean = new Bean(null, null);
    var session = sessionFor(bean);

    session.onMessage(message);

    assertEquals(List.of("before", "message", "after"), bean.calls);
    assertSame(message, bean.received);
  }

  @Test
  void aTornDownSessionReleasesItsBeanAndLeavesClosingToTheConnection() {
    var bean = new Bean(null, null);
    var session = sessionFor(bean);
    List<String> sessionCalls = new ArrayList<>();
    session.session =
        (jakarta.jms.Session)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {jakarta.jms.Session.class},
                (p, m, a) -> {
                  sessionCalls.add(m.getName());
                  return null;
                });

    session.teardown();

    assertEquals(List.of("release"), bean.calls);
    assertEquals(List.of(), sessionCalls);
  }

  private static ReleasingServerSession sessionFor(Bean bean) {
    var session = new ReleasingServerSession(null);
    session.endpoint = bean;
    return session;
  }

  /** A message-driven bean's endpoint as the container hands it to the adapter. */
  private static final class Bean implements MessageEndpoint, MessageListener {
    final List<String> calls = new ArrayList<>();
    final RuntimeException refusal;
    final RuntimeException failure;
    Message received;

    Bean(RuntimeException refusal, RuntimeException failure) {
      this.refusal = refusal;
      this.failure = failure;
    }

    @Override
    public void beforeDelivery(Method method) {
      calls.add("before");
      if (refusal != null) {
        throw refusal;
      }
    }

    @Override
    public void onMessage(Message message) {
      calls.add("message");
      received = message;
      if (failure != null) {
        throw failure;
      }
    }

    @Override
    public void afterDelivery() {
      calls.add("after");
    }

    @Override
    public void release() {
      calls.add("release");
    }
  }
}
