package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.LiveSessions;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes a session that the sign-in cookie opened (a restarted node, another node behind the proxy)
 * known to {@link LiveSessions} as a sign-in on the login page does, so that an administrator can
 * end it too.
 */
@WebFilter({"/chat/*", "/u/*", "/ws/*", "/api/*", "/views/*", "/admin/*", "/change-password/*"})
public class RememberedSessions extends HttpFilter {

  private static final String KNOWN = "finchat.liveSession";

  @Inject LiveSessions live;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var caller = request.getUserPrincipal();
    var session = request.getSession(false);
    if (caller != null && session != null && session.getAttribute(KNOWN) == null) {
      live.signedIn(caller.getName(), session);
      session.setAttribute(KNOWN, Boolean.TRUE);
    }
    chain.doFilter(request, response);
  }
}
