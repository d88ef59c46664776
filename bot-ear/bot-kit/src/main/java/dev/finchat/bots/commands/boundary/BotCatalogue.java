package dev.finchat.bots.commands.boundary;

import dev.finchat.amqp.Broker;
import dev.finchat.bots.commands.control.Announcements;
import dev.finchat.bots.commands.control.CatalogueTopic;
import dev.finchat.bots.commands.control.CommandBot;
import dev.finchat.bots.commands.infrastructure.AdapterConsumers;
import dev.finchat.wire.CatalogueNews;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * This node's bots, announced to the chat nodes as their consumers attach, every 30 s, and whenever
 * a chat node asks, each while its consumer is attached; withdrawn as the node stops. The bots are
 * every {@link CommandBot} bean deployed here.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class BotCatalogue {

  /** The bot node's name on the catalogue topic; unset, one of this process's own. */
  static final String NODE = "FINCHAT_NODE";

  @Inject @Any Instance<CommandBot> bots;

  @Inject CatalogueTopic topic;

  @Inject AdapterConsumers consumers;

  private Announcements announcements;

  @PostConstruct
  void start() {
    String node = Broker.setting(NODE, "bot-" + ProcessHandle.current().pid());
    announcements =
        new Announcements(node, bots.stream().map(CommandBot::bot).toList(), topic, consumers);
    announcements.announce();
  }

  @PreDestroy
  void stop() {
    announcements.withdraw();
  }

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  void heartbeat() {
    announcements.announce();
  }

  /** A bean's consumer attaches some seconds after the node starts, and again after a loss. */
  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void announceNewlyAttached() {
    announcements.announceNewlyAttached();
  }

  /** What came on the catalogue topic. */
  public void heard(CatalogueNews news) {
    announcements.heard(news);
  }
}
