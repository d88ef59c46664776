package dev.finchat.chat.rooms.boundary;

import dev.finchat.chat.rooms.control.RoomPosts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Refuses a WebSocket handshake from another site's page — a browser sends the session cookie with
 * a cross-site WebSocket too, so only the {@code Origin} header tells a forged connection apart —
 * and one to a room that does not exist.
 */
@WebFilter("/ws/*")
public class HandshakeGuard extends HttpFilter {

  private static final String ROOM_PATH = "/ws/chat/";

  @Inject RoomPosts rooms;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!sameOrigin(request.getHeader("Origin"), request.getHeader("Host"))) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN, "Connections from other sites are refused");
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String room = path.startsWith(ROOM_PATH) ? path.substring(ROOM_PATH.length()) : null;
    if (!rooms.exists(room)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such room");
      return;
    }
    chain.doFilter(request, response);
  }

  /** No Origin means no browser page asked (tools, tests); otherwise its host must be ours. */
  static boolean sameOrigin(String origin, String host) {
    if (origin == null) {
      return true;
    }
    if (host == null) {
      return false;
    }
    try {
      URI uri = new URI(origin);
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return authority != null && authority.equalsIgnoreCase(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
