package dev.finchat.chat.users.control;

import java.util.Set;

/**
 * The address a request came from, as the sign-in throttle counts it. Behind finchat's proxy (on
 * the same machine, so the node sees loopback) every user would share the proxy's address, and five
 * wrong passwords from anyone would lock everyone out: there, the address the proxy appended to
 * {@code X-Forwarded-For} counts. A remote caller's header is ignored, since anyone can write it.
 */
public final class ClientAddress {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

  private ClientAddress() {}

  public static String of(String remoteAddress, String forwardedFor) {
    boolean fromProxy =
        remoteAddress != null
            && (LOOPBACK.contains(remoteAddress) || remoteAddress.startsWith("127."));
    if (!fromProxy || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    // The proxy appends the address it saw; earlier entries are the client's own claims.
    String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
    return last.isEmpty() ? remoteAddress : last;
  }
}
