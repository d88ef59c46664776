/**
 * What administrators may do, and doing it: the rules on accounts and rooms, account and moderation
 * actions each stored with its audit entry in one transaction, the first administrator's one-time
 * secret, and what the console shows of the bots and the broker. Uses admin.entity, JPA and JTA and
 * the users, rooms, history and commands control packages and infrastructure's {@code ChatNode}
 * (its name, its broker sign-in), no Faces, servlet or JMS types; {@code RabbitManagement} calls
 * RabbitMQ's management HTTP API itself and {@code FirstAdminSetup} writes the secret's file.
 */
package dev.finchat.chat.admin.control;
