package dev.finchat.chat.users.entity;

/** What an account may do. The role names are the security roles of the application. */
public enum Role {
  /** A person who chats. */
  USER,
  /** A person who also runs the system (admin console). */
  ADMIN,
  /** The account the bots speak as: it exists so their answers have an author, never signs in. */
  BOT
}
