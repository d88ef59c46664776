package dev.finchat.bench.baseline;

import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One plain timer thread for the idle timeouts of the baseline's sessions. Tyrus restarts a
 * session's idle timeout on every frame in or out, on Payara's managed scheduler unless told
 * otherwise; that scheduler captures the caller's context per task, which cost the bare endpoint
 * more than all of finchat's work (m2: 2.9 s p50 against the chat's 77 ms). The chat node moves its
 * sessions onto timers of its own; the baseline does the same here, by the same field.
 */
final class IdleTimer {

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            var thread = new Thread(task, "bench-baseline idle timeouts");
            thread.setDaemon(true);
            return thread;
          });

  private IdleTimer() {}

  /** Puts the session's idle timeout on the plain timer; leaves it where it is if Tyrus moved. */
  static void adopt(Session session) {
    for (Class<?> type = session.getClass(); type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == ScheduledExecutorService.class) {
          try {
            field.setAccessible(true);
            field.set(session, TIMER);
            // The timeout Tyrus started when it opened the session is still on the old scheduler.
            session.setMaxIdleTimeout(session.getMaxIdleTimeout());
          } catch (ReflectiveOperationException | RuntimeException e) {
            // A benchmark's baseline: measured slower, never wrong.
          }
          return;
        }
      }
    }
  }
}
