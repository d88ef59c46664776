/**
 * The bare WebSocket broadcast that {@code ./finchat bench} m2 and m3 measure the chat against,
 * deployed beside chat.war for benchmarks only, with the plain timer its sessions' idle timeouts
 * run on. Uses Jakarta WebSocket only; nothing of finchat.
 */
package dev.finchat.bench.baseline;
