package dev.finchat.chat.infrastructure;

import dev.finchat.amqp.BrokerLink;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The chat node's one connection for sending to the broker — commands to the bots, room messages to
 * the other chat nodes — and the threads that send, so that no page's thread waits on the broker.
 */
@ApplicationScoped
public class BrokerSender {

  /** What to send, given a session of the node's connection. */
  @FunctionalInterface
  public interface Send {
    void send(Session session) throws JMSException;
  }

  /** Sends waiting for a thread; beyond this the node is overloaded and says so. */
  private static final int BACKLOG = 10_000;

  private static final int THREADS = 4;

  @Resource ManagedThreadFactory threads;

  private BrokerLink link;

  // Payara's managed executors capture the caller's context on every task, through a service
  // lookup on the application's class loader that is one lock for the whole node: per send, that
  // serialised every sender. Threads from the managed factory carry the context once, for life.
  private ExecutorService senders;

  @PostConstruct
  void open() {
    link = new BrokerLink();
    senders =
        new ThreadPoolExecutor(
            THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(BACKLOG), threads);
  }

  @PreDestroy
  void close() {
    senders.shutdownNow();
    link.close();
  }

  /**
   * Sends on a sender thread; {@code failed} hears why when the broker cannot be reached.
   *
   * @return false, at once, when {@value #BACKLOG} sends are already waiting
   */
  public boolean sendLater(Send send, Consumer<Exception> failed) {
    try {
      senders.execute(() -> sendNow(send, failed));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  private void sendNow(Send send, Consumer<Exception> failed) {
    try (var connection = link.connection();
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      send.send(session);
    } catch (JMSException | RuntimeException e) {
      failed.accept(e);
    }
  }

  /** Why nothing could be sent right now; empty when the broker can be reached. */
  public Optional<String> problem() {
    return link.problem();
  }
}
