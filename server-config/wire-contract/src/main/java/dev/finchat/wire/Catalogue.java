package dev.finchat.wire;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How {@link CatalogueNews} travels on the topic {@link Queues#CATALOGUE}: one message per entry,
 * its help as the text body and the rest as properties; an ask carries only its kind and node.
 */
public final class Catalogue {

  /** String property: {@code announced}, {@code withdrawn} or {@code asked}. */
  public static final String KIND = "finchat_catalogue";

  /** String property: the node that announces, withdraws or asks. */
  public static final String NODE = "finchat_node";

  /** String properties of an entry; its help is the body. */
  public static final String BOT = "finchat_bot";

  public static final String QUEUE = "finchat_queue";
  public static final String USAGE = "finchat_usage";

  private static final String ANNOUNCED = "announced";
  private static final String WITHDRAWN = "withdrawn";
  private static final String ASKED = "asked";

  private Catalogue() {}

  public static WireMessage encode(CatalogueNews news) {
    Map<String, Object> properties = new HashMap<>();
    if (news instanceof CatalogueNews.Announced announced) {
      return entry(ANNOUNCED, announced.botNode(), announced.entry(), properties);
    }
    if (news instanceof CatalogueNews.Withdrawn withdrawn) {
      return entry(WITHDRAWN, withdrawn.botNode(), withdrawn.entry(), properties);
    }
    var asked = (CatalogueNews.Asked) news;
    properties.put(KIND, ASKED);
    properties.put(NODE, asked.chatNode());
    return new WireMessage("", null, Optional.empty(), properties);
  }

  private static WireMessage entry(
      String kind, String node, CatalogueEntry entry, Map<String, Object> properties) {
    properties.put(KIND, kind);
    properties.put(NODE, node);
    properties.put(BOT, entry.bot());
    properties.put(QUEUE, entry.queue());
    properties.put(Commands.COMMAND, entry.command());
    properties.put(USAGE, entry.usage());
    return new WireMessage(entry.help(), null, Optional.empty(), properties);
  }

  public static CatalogueNews decode(WireMessage message) throws UnreadableMessage {
    String node =
        message.string(NODE).orElseThrow(() -> new UnreadableMessage("no node in catalogue news"));
    String kind = message.string(KIND).orElse("");
    return switch (kind) {
      case ANNOUNCED -> new CatalogueNews.Announced(node, entry(message));
      case WITHDRAWN -> new CatalogueNews.Withdrawn(node, entry(message));
      case ASKED -> new CatalogueNews.Asked(node);
      default -> throw new UnreadableMessage("not catalogue news: " + KIND + "=" + kind);
    };
  }

  private static CatalogueEntry entry(WireMessage message) throws UnreadableMessage {
    try {
      return new CatalogueEntry(
          message.string(BOT).orElse(null),
          message.string(QUEUE).orElse(null),
          message.string(Commands.COMMAND).orElse(null),
          message.string(USAGE).orElse(null),
          message.body());
    } catch (IllegalArgumentException e) {
      throw new UnreadableMessage(e.getMessage());
    }
  }
}
