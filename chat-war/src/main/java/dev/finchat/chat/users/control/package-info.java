/**
 * Accounts and signing in: creating and finding accounts, checking passwords with Jakarta
 * Security's PBKDF2 hash, the rules for names and passwords, login tokens, and the throttle on
 * password guessing. Uses users.entity, JPA and JTA; today {@code LiveSessions} also holds servlet
 * sessions and WebSocket sessions, so that an administrator can sign a person out everywhere.
 */
package dev.finchat.chat.users.control;
