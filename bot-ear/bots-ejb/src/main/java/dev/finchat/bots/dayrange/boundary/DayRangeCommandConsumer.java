package dev.finchat.bots.dayrange.boundary;

import dev.finchat.amqp.Broker;
import dev.finchat.bots.commands.boundary.CommandExchange;
import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.dayrange.control.DayRangeBot;
import dev.finchat.wire.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Consumes {@code /day_range=} commands from the day-range bot's queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(
          propertyName = "connectionFactory",
          propertyValue = Broker.CONNECTION_FACTORY),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "day_range"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "jndiParameters",
          propertyValue =
              Broker.JNDI_PARAMETERS
                  + "queue.day_range="
                  + Broker.QUEUE_ADDRESS_PREFIX
                  + Queues.DAY_RANGE),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = "-1"),
      @ActivationConfigProperty(
          propertyName = "reconnectInterval",
          propertyValue = Broker.RECONNECT_INTERVAL_SECONDS)
    })
// Qpid JMS has no XA connection factory: the message is acknowledged when onMessage returns.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DayRangeCommandConsumer implements MessageListener {

  @Inject CommandExchange exchange;
  @Inject DayRangeBot bot;

  @Override
  public void onMessage(Message command) {
    exchange.answer(command, new Bot(DayRangeBot.NAME, Queues.DAY_RANGE, bot::answer));
  }
}
