/**
 * {@code ./finchat bench}: each metric of finchat's hot paths measured on a running system beside a
 * bare baseline in the same run, what it watches on the node from outside (jcmd, {@code /proc},
 * Flight Recorder), and the {@code results.json} and {@code report.html} it writes. Uses
 * tools.client, the JDK's HTTP and WebSocket clients, JDBC, and for the command round trip Qpid JMS
 * and the wire contract.
 */
package dev.finchat.tools.bench;
