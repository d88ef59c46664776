package dev.finchat.bots.stock.boundary;

import dev.finchat.amqp.Broker;
import dev.finchat.bots.commands.boundary.CommandExchange;
import dev.finchat.bots.commands.control.Bot;
import dev.finchat.bots.stock.control.StockBot;
import dev.finchat.wire.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Consumes {@code /stock=} commands from the stock bot's queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "amqp-adapter"),
      @ActivationConfigProperty(
          propertyName = "connectionFactory",
          propertyValue = Broker.CONNECTION_FACTORY),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "stock"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "jndiParameters",
          propertyValue =
              Broker.JNDI_PARAMETERS + "queue.stock=" + Broker.QUEUE_ADDRESS_PREFIX + Queues.STOCK),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = "-1"),
      @ActivationConfigProperty(
          propertyName = "reconnectInterval",
          propertyValue = Broker.RECONNECT_INTERVAL_SECONDS)
    })
// Qpid JMS has no XA connection factory: the message is acknowledged when onMessage returns.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StockCommandConsumer implements MessageListener {

  @Inject CommandExchange exchange;
  @Inject StockBot bot;

  @Override
  public void onMessage(Message command) {
    exchange.answer(command, new Bot(StockBot.NAME, Queues.STOCK, bot::answer));
  }
}
