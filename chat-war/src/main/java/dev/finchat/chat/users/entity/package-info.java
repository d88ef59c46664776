/**
 * The accounts' JPA entities: an {@code Account} with its {@code Role}, and the {@code LoginToken}
 * (stored as a hash) that signs a browser in again. Uses JPA only.
 */
package dev.finchat.chat.users.entity;
