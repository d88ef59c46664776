package dev.finchat.bots.stock.boundary;

import dev.finchat.bots.commands.boundary.BotCommandConsumer;
import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.stock.control.StockBot;
import dev.finchat.wire.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** Consumes {@code /stock=} commands from the stock bot's queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(propertyName = "queue", propertyValue = Queues.STOCK)
    })
public class StockCommandConsumer extends BotCommandConsumer {

  @Inject StockBot bot;

  @Override
  protected Bot bot() {
    return bot.bot();
  }
}
