package dev.finchat.chat.commands.infrastructure;

import dev.finchat.chat.commands.control.Bots;
import dev.finchat.chat.infrastructure.BrokerSender;
import dev.finchat.wire.Command;
import dev.finchat.wire.Commands;
import dev.finchat.wire.jms.JmsWire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import java.util.Optional;

/**
 * Commands to the bots as JMS messages on the node's broker connection: encoded by the wire
 * contract, sent non-persistent and without a JMS expiry (the command carries its own deadline,
 * which the bot reads).
 */
@ApplicationScoped
public class JmsBots implements Bots {

  @Inject BrokerSender broker;

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
  public Optional<String> unreachable() {
    return broker.problem();
  }
}
