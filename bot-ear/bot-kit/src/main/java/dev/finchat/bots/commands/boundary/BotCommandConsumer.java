package dev.finchat.bots.commands.boundary;

import dev.finchat.bots.commands.control.Bot;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * What every bot's message-driven bean does: hand each message of its queue to the {@link
 * CommandExchange} with its bot. A bot's bean only names its queue (the rest of the activation
 * config is the adapter's default) and its bot.
 */
// Qpid JMS has no XA connection factory: the message is acknowledged when onMessage returns.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class BotCommandConsumer implements MessageListener {

  @Inject CommandExchange exchange;

  /** The bot that answers this bean's queue. */
  protected abstract Bot bot();

  @Override
  public void onMessage(Message command) {
    exchange.answer(command, bot());
  }
}
