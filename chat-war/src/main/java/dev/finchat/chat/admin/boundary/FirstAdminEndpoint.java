package dev.finchat.chat.admin.boundary;

import dev.finchat.chat.admin.control.AdminRefused;
import dev.finchat.chat.admin.control.FirstAdminSetup;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What {@code ./finchat admin create <username>} calls: makes the first administrator for a caller
 * on this machine that presents the one-time setup secret (in a header, so that no form of another
 * site can send it). Answers in plain text, which the launcher prints.
 */
@WebServlet("/setup/first-admin")
public class FirstAdminEndpoint extends HttpServlet {

  static final String SECRET_HEADER = "X-Finchat-Setup-Secret";

  private static final Logger LOG = Logger.getLogger(FirstAdminEndpoint.class.getName());

  @Inject FirstAdminSetup setup;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!fromThisMachine(request.getRemoteAddr())) {
      answer(
          response, HttpServletResponse.SC_FORBIDDEN, "Only callers on this machine may set up.");
      return;
    }
    try {
      String said =
          setup.createFirstAdmin(
              request.getHeader(SECRET_HEADER), request.getParameter("username"));
      answer(response, HttpServletResponse.SC_OK, said);
    } catch (AdminRefused refused) {
      answer(response, HttpServletResponse.SC_FORBIDDEN, refused.getMessage());
    } catch (RuntimeException failed) {
      LOG.log(Level.SEVERE, "The first-admin setup failed", failed);
      answer(
          response,
          HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
          "The chat node could not make the administrator; its log says why. Nothing was changed.");
    }
  }

  /** The remote address is an IP literal: no name is looked up (and a blank one is not ours). */
  static boolean fromThisMachine(String remoteAddress) {
    try {
      return remoteAddress != null
          && !remoteAddress.isBlank()
          && InetAddress.getByName(remoteAddress).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  private static void answer(HttpServletResponse response, int status, String text)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().println(text);
  }
}
