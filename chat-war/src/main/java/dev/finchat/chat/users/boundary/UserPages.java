package dev.finchat.chat.users.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the seed's per-user URLs ({@code /u/<username>/}, {@code .../profile/}, {@code
 * .../profile-edit/}, {@code .../history/}) from Faces views, passing the username along as a
 * request attribute.
 */
@WebFilter("/u/*")
public class UserPages extends HttpFilter {

  /** Request attribute holding the username of the page's account. */
  public static final String USERNAME = "finchat.pageUsername";

  private static final Pattern PATH = Pattern.compile("/u/([^/]+)(/([a-z-]*)/?)?");
  private static final Map<String, String> VIEWS =
      Map.of(
          "", "/views/profile.xhtml",
          "profile", "/views/profile.xhtml",
          "profile-edit", "/views/profile-edit.xhtml",
          "history", "/views/history.xhtml");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    var match = PATH.matcher(path);
    if (!match.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (match.group(2) == null) {
      response.sendRedirect(request.getContextPath() + path + "/");
      return;
    }
    String view = VIEWS.get(match.group(3));
    if (view == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(USERNAME, match.group(1));
    request.getRequestDispatcher(view).forward(request, response);
  }
}
