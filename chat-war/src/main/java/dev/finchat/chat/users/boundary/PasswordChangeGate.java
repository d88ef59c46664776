package dev.finchat.chat.users.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps a person who signed in with a temporary password (an administrator reset it) on the
 * change-password page: no chat, no profile, no API until they chose their own.
 */
@WebFilter({"/chat/*", "/u/*", "/ws/*", "/api/*", "/views/*", "/admin/*"})
public class PasswordChangeGate extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var session = request.getSession(false);
    if (session == null || session.getAttribute(SignIn.MUST_CHANGE_PASSWORD) == null) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/ws/") || path.startsWith("/api/")) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN, "Choose a new password at /change-password/ first");
      return;
    }
    response.sendRedirect(request.getContextPath() + "/change-password/");
  }
}
