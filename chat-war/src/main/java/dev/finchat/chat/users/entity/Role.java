package dev.finchat.chat.users.entity;

/** What an account may do. The role names are the security roles of the application. */
public enum Role {
  /** A person who chats. */
  USER,
  /** A person who also runs the system (admin console). */
  ADMIN,
  /**
   * The seed's "user for our bot": it never signs in, and no message is attributed to it, since bot
   * answers go to their asker only and are never stored.
   */
  BOT
}
