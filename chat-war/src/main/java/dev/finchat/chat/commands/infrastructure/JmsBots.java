package dev.finchat.chat.commands.infrastructure;

import dev.finchat.chat.commands.control.Bots;
import dev.finchat.chat.infrastructure.BrokerSender;
import dev.finchat.chat.infrastructure.ChatNode;
import dev.finchat.wire.Catalogue;
import dev.finchat.wire.CatalogueNews;
import dev.finchat.wire.Command;
import dev.finchat.wire.Commands;
import dev.finchat.wire.Queues;
import dev.finchat.wire.jms.JmsWire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Commands to the bots, and asks for their catalogue, as JMS messages on the node's broker
 * connection: encoded by the wire contract, sent non-persistent and without a JMS expiry (a command
 * carries its own deadline, which the bot reads; an ask is repeated while no bot has answered).
 */
@ApplicationScoped
public class JmsBots implements Bots {

  private static final Logger LOG = Logger.getLogger(JmsBots.class.getName());

  @Inject BrokerSender broker;

  @Inject ChatNode node;

  @Override
  public boolean send(String queue, Command command, Delivery delivery) {
    return broker.sendLater(
        session -> {
          try (var producer = session.createProducer(JmsWire.queue(session, queue))) {
            producer.send(
                JmsWire.write(session, Commands.encode(command)),
                DeliveryMode.NON_PERSISTENT,
                Message.DEFAULT_PRIORITY,
                0);
          }
          delivery.taken();
        },
        e -> delivery.refused(String.valueOf(e.getMessage())));
  }

  @Override
  public void askForCatalogue() {
    broker.sendLater(
        session -> {
          try (var producer = session.createProducer(JmsWire.topic(session, Queues.CATALOGUE))) {
            producer.send(
                JmsWire.write(session, Catalogue.encode(new CatalogueNews.Asked(node.name()))),
                DeliveryMode.NON_PERSISTENT,
                Message.DEFAULT_PRIORITY,
                0);
          }
        },
        e -> LOG.fine(() -> "Could not ask for the bots' catalogue: " + e.getMessage()));
  }

  @Override
  public Optional<String> unreachable() {
    return broker.problem();
  }
}
