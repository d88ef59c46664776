package dev.finchat.bots.commands.control;

import dev.finchat.wire.CatalogueNews;
import java.util.List;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a bot node tells the chat nodes about its bots: each bot's entry when the node starts, again
 * whenever a chat node asks and at each heartbeat (a chat node that missed them hears them then),
 * and a withdrawal when the node stops in order. A node that dies withdraws nothing: its queue
 * keeps its commands for the next bot node that reads it.
 */
public class Announcements {

  private static final Logger LOG = Logger.getLogger(Announcements.class.getName());

  private final String botNode;
  private final List<Bot> bots;
  private final CatalogueTopic topic;

  public Announcements(String botNode, List<Bot> bots, CatalogueTopic topic) {
    this.botNode = botNode;
    this.bots = List.copyOf(bots);
    this.topic = topic;
  }

  /**
   * Announces every bot; false if the broker took none of them (the next heartbeat tries again).
   */
  public boolean announce() {
    return tell(CatalogueNews.Announced::new, "announce");
  }

  /** Answers what comes on the topic: an ask is answered with every bot, anything else ignored. */
  public void heard(CatalogueNews news) {
    if (news instanceof CatalogueNews.Asked) {
      announce();
    }
  }

  /** Withdraws every bot, as the node stops. */
  public void withdraw() {
    tell(CatalogueNews.Withdrawn::new, "withdraw");
  }

  private boolean tell(
      BiFunction<String, dev.finchat.wire.CatalogueEntry, CatalogueNews> news, String what) {
    boolean told = false;
    for (Bot bot : bots) {
      try {
        topic.publish(news.apply(botNode, bot.entry()));
        told = true;
      } catch (DeliveryFailed e) {
        LOG.log(Level.WARNING, botNode + " could not " + what + " " + bot.name(), e);
      }
    }
    return told;
  }
}
