package dev.finchat.bots.card.boundary;

import dev.finchat.bots.card.control.CardBot;
import dev.finchat.bots.commands.boundary.BotCommandConsumer;
import dev.finchat.bots.commands.control.Bot;
import dev.finchat.wire.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** Consumes {@code /card=} commands from the card bot's queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(propertyName = "queue", propertyValue = Queues.CARD)
    })
public class CardCommandConsumer extends BotCommandConsumer {

  @Inject CardBot bot;

  @Override
  protected Bot bot() {
    return bot.bot();
  }
}
