package dev.finchat.amqp;

import org.jboss.resource.adapter.jms.inflow.JmsActivationSpec;

/**
 * How every finchat message-driven bean consumes, set once: the broker and its credentials (from
 * the environment, see {@link Broker}), the client options, the connection factory and reconnecting
 * for ever. A bean names only the resource adapter and what it consumes — a queue finchat declares
 * ({@code queue}, e.g. {@code finchat.stock}) or a topic ({@code topic}, e.g. {@code
 * finchat.rooms}) — and, where it needs them, more JNDI entries ({@code jndiParameters}, appended
 * to finchat's) or fewer sessions ({@code maxSession}).
 */
public class FinchatActivationSpec extends JmsActivationSpec {

  /** The JNDI name under which the consumed destination is looked up. */
  private static final String CONSUMED = "consumed";

  private static final String QUEUE = "jakarta.jms.Queue";
  private static final String TOPIC = "jakarta.jms.Topic";

  private String queue;
  private String topic;
  private String extraJndiParameters = "";

  public FinchatActivationSpec() {
    setConnectionFactory(Broker.CONNECTION_FACTORY);
    setDestination(CONSUMED);
    setDestinationType(QUEUE);
    setReconnectAttempts(-1);
    setReconnectInterval(Long.parseLong(Broker.RECONNECT_INTERVAL_SECONDS));
  }

  public String getQueue() {
    return queue;
  }

  /** A queue finchat declares, by name; its name may use {@code ${X}} from the environment. */
  public void setQueue(String queue) {
    this.queue = queue;
    setDestinationType(QUEUE);
  }

  public String getTopic() {
    return topic;
  }

  /** A topic, by routing key: each bean gets its own subscription. */
  public void setTopic(String topic) {
    this.topic = topic;
    setDestinationType(TOPIC);
  }

  /**
   * What the bean consumes, for people: the queue's name, or {@code topic} and the topic's. Not a
   * getter: the container would take it for a configuration property.
   */
  public String consumed() {
    return topic != null ? "topic " + topic : queue;
  }

  /** finchat's JNDI environment, the bean's own entries, and where the consumed one is. */
  @Override
  public String getJndiParameters() {
    String consumed =
        topic != null
            ? "topic." + CONSUMED + "=/topic/" + topic
            : "queue." + CONSUMED + "=" + Broker.queueAddress(queue);
    return Broker.JNDI_PARAMETERS + extraJndiParameters + consumed;
  }

  /** More JNDI entries, e.g. a default for a {@code ${X}} the queue's name uses. */
  @Override
  public void setJndiParameters(String entries) {
    extraJndiParameters = entries == null || entries.isBlank() ? "" : entries.strip() + ";";
  }
}
