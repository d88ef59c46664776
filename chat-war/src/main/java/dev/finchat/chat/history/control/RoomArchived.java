package dev.finchat.chat.history.control;

/** A post to an archived room, refused; the message says so in plain words. */
public class RoomArchived extends RuntimeException {

  public RoomArchived(String room) {
    super(message(room), null, false, false);
  }

  /** What a person trying to post there is told. */
  public static String message(String room) {
    return "#"
        + room
        + " is archived: it is read-only, so nobody can post to it any more. Its history stays"
        + " readable.";
  }
}
