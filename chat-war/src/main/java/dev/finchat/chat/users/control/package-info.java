/**
 * Accounts and signing in: creating and finding accounts, checking passwords with Jakarta
 * Security's PBKDF2 hash, the rules for names and passwords, login tokens, and the throttle on
 * password guessing. Uses users.entity, JPA and JTA, infrastructure and shared; {@code
 * LiveSessions} holds each person's servlet sessions and open chat pages (as shared's {@code
 * PageConnection}, no WebSocket types), so that an administrator can sign a person out everywhere.
 */
package dev.finchat.chat.users.control;
