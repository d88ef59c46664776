package dev.finchat.wire;

/** A message that is not a command or a reply of this contract; the message says what is wrong. */
public class UnreadableMessage extends Exception {

  public UnreadableMessage(String why) {
    super(why);
  }
}
