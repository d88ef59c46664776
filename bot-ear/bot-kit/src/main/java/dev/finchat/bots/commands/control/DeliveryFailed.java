package dev.finchat.bots.commands.control;

/** A reply, a command put back or a dead letter that the broker did not take. */
public class DeliveryFailed extends Exception {

  public DeliveryFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
