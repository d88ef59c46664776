package dev.finchat.chat.commands.control;

import dev.finchat.wire.Command;
import java.util.Optional;

/**
 * The chat node's way to the bots: a command leaves through here for its bot's queue, and a request
 * for the bots' catalogue for the catalogue topic. Answers come back the other way, as reply
 * records handed to {@link CommandDispatcher#answer} and catalogue news handed to {@link
 * LiveCatalogue}.
 */
public interface Bots {

  /** What became of a command handed to {@link #send}: exactly one of the two is called, once. */
  interface Delivery {

    /** The broker took the command for the bot's queue. */
    void taken();

    /** The broker could not be reached or refused the command; {@code why} is for the log. */
    void refused(String why);
  }

  /**
   * Hands {@code command} to the broker for {@code queue} without holding up the caller, and tells
   * {@code delivery} what became of it.
   *
   * @return false, at once and with nothing told to {@code delivery}, when this node already has
   *     more sends waiting than it takes on
   */
  boolean send(String queue, Command command, Delivery delivery);

  /**
   * Asks every bot node to announce its bots again, without holding up the caller; the answers come
   * back as catalogue news for {@link LiveCatalogue#heard}.
   */
  void askForCatalogue();

  /** Why no command can be sent right now; empty while the broker can be reached. */
  Optional<String> unreachable();
}
