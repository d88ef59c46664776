package dev.finchat.bots.commands.control;

import dev.finchat.wire.CatalogueNews;

/** Where a bot node tells the chat nodes which bots it runs. */
public interface CatalogueTopic {

  void publish(CatalogueNews news) throws DeliveryFailed;
}
