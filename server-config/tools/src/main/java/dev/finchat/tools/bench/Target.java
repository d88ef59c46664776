package dev.finchat.tools.bench;

/**
 * The running system under measurement: the HTTP port users reach it on, its broker, and how many
 * chat nodes serve it (several listen on the ports after {@code chatPort}, behind a proxy).
 */
record Target(int chatPort, String brokerUrl, int chatNodes) {

  /** The port of chat node {@code n} (1, 2, …). */
  int chatNodePort(int n) {
    return chatNodes == 1 ? chatPort : chatPort + n;
  }
}
