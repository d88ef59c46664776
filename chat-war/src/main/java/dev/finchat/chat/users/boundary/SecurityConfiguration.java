package dev.finchat.chat.users.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in through finchat's own login page ({@link SignIn} hands the credentials over): a visitor
 * sent to {@code /login/} returns to the page that asked for it, and the session keeps them signed
 * in ({@link CallerInSessionInterceptor}). Which pages need a signed-in user is declared in {@code
 * web.xml}.
 *
 * <p>Sessions live in one chat node's memory. So that a node's restart, or another node behind the
 * proxy, does not sign everyone out, a sign-in also sets a cookie with a {@link
 * AccountRememberMeStore login token} that signs the browser in again where no session knows it.
 * The cookie ends with the browser; the token with sign-out, a password change or an
 * administrator's action.
 */
@CallerInSession
@LoginToContinue(loginPage = "/login/", useForwardToLogin = false, errorPage = "")
@RememberMe(
    cookieName = SecurityConfiguration.LOGIN_COOKIE,
    cookieMaxAgeSeconds = -1,
    cookieSecureOnlyExpression = "#{self.secureOnly(httpMessageContext)}")
@DeclareRoles({"user", "admin"})
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {

  static final String LOGIN_COOKIE = "FINCHAT_LOGIN";

  @Inject IdentityStoreHandler identities;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(identities.validate(credential));
  }

  /** The cookie goes over TLS only where the page came over TLS (plain HTTP on loopback works). */
  public boolean secureOnly(HttpMessageContext context) {
    return context.getRequest().isSecure();
  }
}
