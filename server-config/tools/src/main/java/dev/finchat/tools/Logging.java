package dev.finchat.tools;

/** The tools print their own one-line status; library chatter below a warning stays out of it. */
final class Logging {

  private Logging() {}

  static void quiet() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }
}
