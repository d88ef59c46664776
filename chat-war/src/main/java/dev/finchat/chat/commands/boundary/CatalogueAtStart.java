package dev.finchat.chat.commands.boundary;

import dev.finchat.chat.commands.control.Bots;
import dev.finchat.chat.commands.control.LiveCatalogue;
import dev.finchat.chat.infrastructure.Timers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Asks the bot nodes for their catalogue as the node starts, and again every 2 s while no bot has
 * answered (the broker or the bot nodes may come later); afterwards the bot nodes' heartbeats keep
 * the catalogue current.
 */
@Singleton
@Startup
public class CatalogueAtStart {

  private static final Duration ASK_AGAIN = Duration.ofSeconds(2);

  @Inject Bots bots;
  @Inject LiveCatalogue catalogue;
  @Inject Timers timers;

  private ScheduledFuture<?> asking;

  @PostConstruct
  void start() {
    bots.askForCatalogue();
    asking =
        timers.every(
            ASK_AGAIN,
            "Asking for the bots' catalogue",
            () -> {
              if (catalogue.entries().isEmpty()) {
                bots.askForCatalogue();
              }
            });
  }

  @PreDestroy
  void stop() {
    asking.cancel(false);
  }
}
