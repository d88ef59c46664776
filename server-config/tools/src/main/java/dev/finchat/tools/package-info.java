/**
 * The stand-alone tools run beside finchat: the embedded Artemis broker used when no other is
 * configured, a stand-in for the quote providers with recorded or simulated prices, and {@code
 * Probe}, the seed's bot test straight on the queues, {@code QueueCheck}, whether a configured
 * broker has finchat's queues, and {@code BrokerFaults}, faults on request from the broker a run
 * owns, with their command-line options and logging. Uses the wire contract, wire.jms, the
 * adapter's broker settings, Qpid JMS and Artemis; nothing of a node.
 */
package dev.finchat.tools;
