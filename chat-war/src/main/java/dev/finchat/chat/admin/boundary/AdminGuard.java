package dev.finchat.chat.admin.boundary;

import dev.finchat.chat.users.control.Accounts;
import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The admin console's second lock: web.xml lets in whoever had the admin role when they signed in;
 * this asks the database, on each request, whether they still have it and may still sign in.
 */
@WebFilter("/admin/*")
public class AdminGuard extends HttpFilter {

  @Inject Accounts accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var principal = request.getUserPrincipal();
    boolean stillAdmin =
        principal != null
            && accounts
                .find(principal.getName())
                .filter(Account::canSignIn)
                .filter(account -> account.role() == Role.ADMIN)
                .isPresent();
    if (!stillAdmin) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "For administrators only");
      return;
    }
    chain.doFilter(request, response);
  }
}
