/**
 * {@code ./finchat chaos}: drives a running system as its users do while breaking one part of it,
 * floods and fuzzes its boundaries, and classifies every operation sent, Jepsen-style. Uses
 * tools.client, the JDK's HTTP client and raw sockets; nothing of a node.
 */
package dev.finchat.tools.chaos;
