/**
 * finchat's patches to the JBoss Generic JMS adapter, in the adapter's own package to reach the
 * package-private fields of its server session and pool: {@code ReleasingServerSession} fails a
 * delivery its message-driven bean refuses (as a node stops), so that Qpid JMS releases the message
 * to the broker for another node instead of acknowledging and losing it, and leaves its JMS session
 * to the connection's close when torn down (closed one by one, a pool's sessions held up a
 * reconnect by 13 s); {@code ReleasingServerSessionPool} puts those sessions in place of the
 * adapter's own. Uses JMS and the Connector API; only dev.finchat.amqp uses it.
 */
package org.jboss.resource.adapter.jms.inflow;
