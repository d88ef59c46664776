package dev.finchat.chat.admin.control;

/** An administrator action that a rule forbids; the message says why, in plain words. */
public class AdminRefused extends RuntimeException {

  public AdminRefused(String reason) {
    super(reason, null, false, false);
  }
}
