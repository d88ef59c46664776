/**
 * A chat user as the tools and tests play one: a {@code Visitor} that signs in and submits the
 * Faces forms over HTTP, and a {@code ChatClient} for a chat page's WebSocket. Uses the JDK's HTTP
 * client only.
 */
package dev.finchat.tools.client;
