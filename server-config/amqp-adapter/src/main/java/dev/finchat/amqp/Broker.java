package dev.finchat.amqp;

/**
 * Where the AMQP 1.0 broker is and how both nodes reach it. Every setting is read, in this order,
 * from a system property, an environment variable of the same name, or the default — the order Qpid
 * JMS itself uses when it expands {@code ${...}} in {@link #JNDI_PARAMETERS}, so message-driven
 * beans and senders always agree on the broker.
 */
public final class Broker {

  public static final String URL = "FINCHAT_BROKER_URL";
  public static final String USER = "FINCHAT_BROKER_USER";
  public static final String PASSWORD = "FINCHAT_BROKER_PASSWORD";

  static final String DEFAULT_URL = "amqp://127.0.0.1:5672";
  static final String DEFAULT_USER = "guest";
  static final String DEFAULT_PASSWORD = "guest";

  /**
   * Connection options every client needs: a bounded wait for any broker request (a bad address
   * otherwise blocks forever); local-only receive, without which RabbitMQ 3.10 fails a timed
   * receive with {@code send_drained}; and no expiry check in a plain consumer, which settles an
   * expired message as {@code modified} "undeliverable here" — an outcome RabbitMQ 3.10 does not
   * know: it ends the consumer's session. (A message bean's connection consumer checks expiry
   * whatever this says, so finchat's messages carry no JMS time to live: a command carries its
   * deadline in a property of its own.)
   */
  public static final String CLIENT_OPTIONS =
      "jms.requestTimeout=10000&jms.receiveLocalOnly=true&jms.localMessageExpiry=false";

  /**
   * How many messages the broker may push ahead to a message-driven bean's connection: fewer than
   * the resource adapter's sessions (its {@code maxSession}, 15 by default). Qpid's connection
   * consumer holds a lock while it waits for a free session; with more messages buffered than
   * sessions, a connection failure then deadlocks the bean's teardown and it never reconnects (seen
   * with a broker killed under load).
   */
  public static final String INBOUND_PREFETCH = "10";

  /** Name, in {@link #JNDI_PARAMETERS}, of the connection factory message-driven beans use. */
  public static final String CONNECTION_FACTORY = "finchat";

  /**
   * JNDI environment for the resource adapter's {@code jndiParameters} activation property: Qpid
   * JMS's context, whose connections hear a session the broker ends ({@link
   * InboundContextFactory}). The defaults sit in the environment itself: Qpid resolves {@code ${X}}
   * from system properties, then environment variables, then these entries. Add {@code
   * queue.<name>=<address>} entries after it.
   */
  public static final String JNDI_PARAMETERS =
      "java.naming.factory.initial="
          + "dev.finchat.amqp.InboundContextFactory;"
          + URL
          + "="
          + DEFAULT_URL
          + ";"
          + USER
          + "="
          + DEFAULT_USER
          + ";"
          + PASSWORD
          + "="
          + DEFAULT_PASSWORD
          + ";connectionfactory."
          + CONNECTION_FACTORY
          + "=${"
          + URL
          + "}?jms.username=${"
          + USER
          + "}&jms.password=${"
          + PASSWORD
          + "}&"
          + CLIENT_OPTIONS
          + "&jms.prefetchPolicy.all="
          + INBOUND_PREFETCH
          + ";";

  /** How often, in seconds, a message-driven bean retries a lost or refused broker connection. */
  public static final String RECONNECT_INTERVAL_SECONDS = "2";

  private Broker() {}

  /**
   * Prefix of the address of a queue that exists on the broker: RabbitMQ's form for durable queues
   * declared up front, and the anycast prefix of the embedded broker's AMQP acceptor.
   */
  public static final String QUEUE_ADDRESS_PREFIX = "/amq/queue/";

  /** The address of a queue that exists on the broker. */
  public static String queueAddress(String queue) {
    return QUEUE_ADDRESS_PREFIX + queue;
  }

  public static String url() {
    return setting(URL, DEFAULT_URL);
  }

  public static String user() {
    return setting(USER, DEFAULT_USER);
  }

  public static String password() {
    return setting(PASSWORD, DEFAULT_PASSWORD);
  }

  /**
   * The URI of a sending connection to {@code brokerUrl}: failover, so one long-lived connection
   * reconnects by itself after a broker restart; a single attempt at start, so a node started
   * without its broker fails a send at once rather than waiting; sends bounded by {@code
   * jms.sendTimeout}.
   */
  static String failoverUri(String brokerUrl) {
    return "failover:("
        + brokerUrl
        + ")?failover.initialReconnectDelay=200&failover.maxReconnectDelay=2000"
        + "&failover.startupMaxReconnectAttempts=1&jms.sendTimeout=5000&"
        + CLIENT_OPTIONS;
  }

  /** A setting, from a system property, else the environment, else {@code defaultValue}. */
  public static String setting(String name, String defaultValue) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? defaultValue : value.trim();
  }
}
