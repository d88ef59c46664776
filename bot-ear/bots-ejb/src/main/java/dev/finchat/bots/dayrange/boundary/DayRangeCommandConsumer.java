package dev.finchat.bots.dayrange.boundary;

import dev.finchat.bots.commands.boundary.BotCommandConsumer;
import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.dayrange.control.DayRangeBot;
import dev.finchat.wire.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** Consumes {@code /day_range=} commands from the day-range bot's queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(propertyName = "queue", propertyValue = Queues.DAY_RANGE)
    })
public class DayRangeCommandConsumer extends BotCommandConsumer {

  @Inject DayRangeBot bot;

  @Override
  protected Bot bot() {
    return bot.bot();
  }
}
