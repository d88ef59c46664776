package dev.finchat.bots.commands.control;

import dev.finchat.wire.CatalogueNews;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a bot node tells the chat nodes about its bots: each bot's entry while its queue's consumer
 * is attached (as soon as it attaches, again whenever a chat node asks and at each heartbeat, so
 * that a chat node that missed it hears it then), and a withdrawal when the node stops in order. A
 * bot whose consumer is detached (its queue gone, the broker away) is not announced again, so the
 * chat nodes' readiness reports it stale; it stays offered, since its queue keeps its commands for
 * when a consumer is back. A node that dies withdraws nothing, for the same reason.
 */
public class Announcements {

  private static final Logger LOG = Logger.getLogger(Announcements.class.getName());

  private final String botNode;
  private final List<Bot> bots;
  private final CatalogueTopic topic;
  private final QueueConsumers consumers;

  /** The queues whose bots were announced since their consumer last attached. */
  private final Set<String> announcedWhileAttached = ConcurrentHashMap.newKeySet();

  public Announcements(
      String botNode, List<Bot> bots, CatalogueTopic topic, QueueConsumers consumers) {
    this.botNode = botNode;
    this.bots = List.copyOf(bots);
    this.topic = topic;
    this.consumers = consumers;
  }

  /**
   * Announces every bot whose consumer is attached; false if the broker took none of them (the next
   * heartbeat tries again).
   */
  public boolean announce() {
    boolean told = false;
    for (Bot bot : bots) {
      if (consumers.attached(bot.entry().queue())) {
        told |= announceOne(bot);
      } else {
        announcedWhileAttached.remove(bot.entry().queue());
      }
    }
    return told;
  }

  /** Announces the bots whose consumer has attached since they were last announced. */
  public void announceNewlyAttached() {
    for (Bot bot : bots) {
      String queue = bot.entry().queue();
      if (!consumers.attached(queue)) {
        announcedWhileAttached.remove(queue);
      } else if (!announcedWhileAttached.contains(queue)) {
        announceOne(bot);
      }
    }
  }

  /** Answers what comes on the topic: an ask is answered with every bot, anything else ignored. */
  public void heard(CatalogueNews news) {
    if (news instanceof CatalogueNews.Asked) {
      announce();
    }
  }

  /** Withdraws every bot, as the node stops. */
  public void withdraw() {
    for (Bot bot : bots) {
      tell(new CatalogueNews.Withdrawn(botNode, bot.entry()), "withdraw", bot);
    }
  }

  private boolean announceOne(Bot bot) {
    boolean told = tell(new CatalogueNews.Announced(botNode, bot.entry()), "announce", bot);
    if (told) {
      announcedWhileAttached.add(bot.entry().queue());
    }
    return told;
  }

  private boolean tell(CatalogueNews news, String what, Bot bot) {
    try {
      topic.publish(news);
      return true;
    } catch (DeliveryFailed e) {
      LOG.log(Level.WARNING, botNode + " could not " + what + " " + bot.name(), e);
      return false;
    }
  }
}
