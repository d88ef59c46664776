/**
 * Accounts and signing in: creating and finding accounts, checking passwords with Jakarta
 * Security's PBKDF2 hash, the rules for names and passwords, login tokens, and the throttle on
 * password guessing. Uses users.entity, JPA and JTA, infrastructure and shared; {@code
 * LiveSessions} holds each person's servlet sessions and open chat pages (as shared's {@code
 * PageConnection}, no WebSocket types), so that an administrator can sign a person out everywhere;
 * {@code SignOuts} tells the other chat nodes to, and {@code SessionCheck} is the rule by which a
 * session asks the database again in case that notice was lost.
 */
package dev.finchat.chat.users.control;
