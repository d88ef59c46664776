/**
 * The audit log of administrator actions: the {@code AuditEntry} JPA entity and the {@code
 * AdminAction} it names. Uses JPA only.
 */
package dev.finchat.chat.admin.entity;
