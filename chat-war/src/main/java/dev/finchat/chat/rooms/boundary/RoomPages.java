package dev.finchat.chat.rooms.boundary;

import dev.finchat.chat.rooms.control.RoomNames;
import dev.finchat.chat.rooms.control.RoomPosts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/** Serves {@code /chat/<room>/} from the chat page; {@code /chat/} is the lobby. */
@WebFilter("/chat/*")
public class RoomPages extends HttpFilter {

  /** Request attribute holding the room of the page. */
  public static final String ROOM = "finchat.pageRoom";

  private static final Pattern PATH = Pattern.compile("/chat/([^/]+)(/?)");

  @Inject RoomPosts rooms;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    var match = PATH.matcher(path);
    if (!match.matches() || match.group(1).endsWith(".xhtml")) {
      chain.doFilter(request, response);
      return;
    }
    String room = RoomNames.normal(match.group(1));
    if (!rooms.exists(room)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (match.group(2).isEmpty() || !room.equals(match.group(1))) {
      response.sendRedirect(request.getContextPath() + "/chat/" + room + "/");
      return;
    }
    request.setAttribute(ROOM, room);
    request.getRequestDispatcher("/chat/index.xhtml").forward(request, response);
  }
}
