package dev.finchat.chat.users.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import dev.finchat.chat.users.control.Accounts;
import dev.finchat.chat.users.control.ClientAddress;
import dev.finchat.chat.users.control.LiveSessions;
import dev.finchat.chat.users.control.LoginThrottle;
import dev.finchat.chat.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Signs a person in from a Faces page, with the brute-force throttle in front of the password check
 * and a new session id. Returns why not, in plain words, when it does not.
 */
@ApplicationScoped
public class SignIn {

  /**
   * Session attribute set while the signed-in person must replace a temporary password ({@link
   * PasswordChangeGate}).
   */
  static final String MUST_CHANGE_PASSWORD = "finchat.mustChangePassword";

  /** Where Mojarra keeps a session's views of stateful forms (server-side state saving). */
  private static final String MOJARRA_VIEWS =
      "com.sun.faces.renderkit.ServerSideStateHelper.LogicalViewMap";

  @Inject SecurityContext security;
  @Inject Accounts accounts;
  @Inject LiveSessions live;

  private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

  public Optional<String> signIn(String username, String password) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    var response = (HttpServletResponse) external.getResponse();
    String address =
        ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    var refusal = throttle.refusal(username, address);
    if (refusal.isPresent()) {
      response.setStatus(429);
      return refusal;
    }
    // A fresh session id before the session becomes a signed-in one (the redirect that follows
    // a successful sign-in commits the response, too late to send a new cookie).
    if (request.getSession(false) != null) {
      request.changeSessionId();
    } else {
      // Created now, while the response can still carry its cookie: a successful sign-in marks it.
      request.getSession(true);
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            // Not a "new" authentication: that would drop the page the visitor asked for, to
            // which the mechanism returns after a successful sign-in.
            withParams().credential(new UsernamePasswordCredential(username, password)));
    if (status == AuthenticationStatus.SEND_FAILURE || status == AuthenticationStatus.NOT_DONE) {
      throttle.failed(username, address);
      // The mechanism answers a failed sign-in with 401; the page shows the form again instead.
      response.setStatus(HttpServletResponse.SC_OK);
      return Optional.of(accounts.signInRefusal(username, password));
    }
    throttle.succeeded(username);
    var session = request.getSession(true);
    // The sign-in and sign-up forms are done with; Mojarra would keep their views in the session
    // for as long as it lives (about 4 KB, m3), and the chat page keeps no view.
    session.removeAttribute(MOJARRA_VIEWS);
    String caller =
        request.getUserPrincipal() == null ? username : request.getUserPrincipal().getName();
    live.signedIn(caller, session);
    boolean mustChange = accounts.find(caller).map(Account::mustChangePassword).orElse(false);
    if (mustChange) {
      session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
    }
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(
          external.getRequestContextPath() + (mustChange ? "/change-password/" : "/chat/"));
    }
    faces.responseComplete();
    return Optional.empty();
  }
}
