package dev.finchat.chat.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chat node's timers: periodic sweeps and WebSocket idle timeouts, on threads of the server's
 * managed thread factory (so they have the application's context) but not on its managed scheduler.
 * That scheduler captures and restores the scheduling caller's context around every run: a lookup
 * under one lock for the whole node, and for a periodic task first scheduled inside a request, a
 * restore that fails ("No invocation on invocation stack") and ends its thread, every run.
 */
@ApplicationScoped
public class Timers {

  private static final Logger LOG = Logger.getLogger(Timers.class.getName());

  @Resource ManagedThreadFactory threads;

  private ScheduledThreadPoolExecutor executor;

  @PostConstruct
  void start() {
    executor = new ScheduledThreadPoolExecutor(2, threads);
    // Every WebSocket frame cancels its session's idle timer: cancelled ones must not pile up.
    executor.setRemoveOnCancelPolicy(true);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /** For code that schedules by itself (the WebSocket sessions' idle timeouts). */
  public ScheduledExecutorService executor() {
    return executor;
  }

  /**
   * Runs {@code task} every {@code period} after the previous run ended. A run that fails is logged
   * and the next one still comes (a plain executor would silently stop the task).
   */
  public ScheduledFuture<?> every(Duration period, String what, Runnable task) {
    return executor.scheduleWithFixedDelay(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; it runs again in " + period, e);
          }
        },
        period.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }
}
