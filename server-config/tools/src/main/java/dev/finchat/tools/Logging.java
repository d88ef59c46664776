package dev.finchat.tools;

/** The tools print their own one-line status; library chatter below a warning stays out of it. */
public final class Logging {

  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private Logging() {}

  /** Call before the first logger is made: slf4j-simple reads its settings once. */
  public static void quiet() {
    if (System.getProperty(PREFIX + "defaultLogLevel") == null) {
      System.setProperty(PREFIX + "defaultLogLevel", "warn");
    }
  }

  /** Silences one logger whose message the tool reports better itself. */
  static void off(String logger) {
    System.setProperty(PREFIX + "log." + logger, "off");
  }
}
