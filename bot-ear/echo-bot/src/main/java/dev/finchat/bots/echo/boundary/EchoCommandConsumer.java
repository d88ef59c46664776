package dev.finchat.bots.echo.boundary;

import dev.finchat.bots.commands.boundary.BotCommandConsumer;
import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.echo.control.EchoBot;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** Consumes {@code /echo=} commands from the echo bot's queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(propertyName = "queue", propertyValue = EchoBot.QUEUE)
    })
public class EchoCommandConsumer extends BotCommandConsumer {

  @Inject EchoBot bot;

  @Override
  protected Bot bot() {
    return bot.bot();
  }
}
