package dev.finchat.chat.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The timer WebSocket sessions restart their idle timeout on. Tyrus restarts it for every frame in
 * or out, on the server's managed scheduler, and Payara captures the caller's context for every
 * task handed to it, through a scan of every jar of the server under one lock: at a few thousand
 * frames a second that scan is where the chat node would spend its time (m5, m2). The node's own
 * {@link Timers} (threads of the managed factory, context captured once) run the same timers.
 *
 * <p>Tyrus offers no setting for this, so each session's scheduler is replaced by reflection; if a
 * Tyrus release moves it, sessions keep the managed scheduler: slower, never wrong.
 */
@ApplicationScoped
public class SessionTimers {

  private static final Logger LOG = Logger.getLogger(SessionTimers.class.getName());

  @Inject Timers timers;

  private volatile boolean adoptable = true;

  /** Moves the session's idle timeout onto this timer. */
  public void adopt(Session session) {
    if (!adoptable) {
      return;
    }
    try {
      Field scheduler = schedulerField(session.getClass());
      scheduler.setAccessible(true);
      scheduler.set(session, timers.executor());
    } catch (ReflectiveOperationException | RuntimeException e) {
      adoptable = false;
      LOG.log(
          Level.WARNING,
          "WebSocket sessions keep the server's managed scheduler (slower at high frame rates)",
          e);
    }
  }

  private static Field schedulerField(Class<?> type) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getType() == ScheduledExecutorService.class) {
          return field;
        }
      }
    }
    throw new NoSuchFieldException("no ScheduledExecutorService in " + type.getName());
  }
}
