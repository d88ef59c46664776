package dev.finchat.bots.commands.infrastructure;

import dev.finchat.amqp.BrokerLink;
import dev.finchat.bots.commands.control.CatalogueTopic;
import dev.finchat.bots.commands.control.DeliveryFailed;
import dev.finchat.wire.Catalogue;
import dev.finchat.wire.CatalogueNews;
import dev.finchat.wire.Queues;
import dev.finchat.wire.jms.JmsWire;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;

/**
 * Catalogue news as JMS messages on the catalogue topic. Not persistent: news is repeated at every
 * heartbeat, and a chat node that was not listening asks for it when it starts.
 */
@ApplicationScoped
public class JmsCatalogueTopic implements CatalogueTopic {

  private BrokerLink broker;

  @PostConstruct
  void open() {
    broker = new BrokerLink();
  }

  @PreDestroy
  void close() {
    broker.close();
  }

  @Override
  public void publish(CatalogueNews news) throws DeliveryFailed {
    try (var connection = broker.connection();
        var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var producer = session.createProducer(JmsWire.topic(session, Queues.CATALOGUE))) {
      producer.send(
          JmsWire.write(session, Catalogue.encode(news)),
          DeliveryMode.NON_PERSISTENT,
          Message.DEFAULT_PRIORITY,
          0);
    } catch (JMSException | RuntimeException e) {
      throw new DeliveryFailed("the broker did not take the news: " + e.getMessage(), e);
    }
  }
}
