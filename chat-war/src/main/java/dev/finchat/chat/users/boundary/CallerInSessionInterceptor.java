package dev.finchat.chat.users.boundary;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import java.io.Serializable;
import java.util.Set;

/**
 * Signs a session's caller in again on each request by name and groups, both kept in the session
 * since the sign-in (by the form or by the sign-in cookie).
 *
 * <p>It stands in for {@code @AutoApplySession}, which hands Payara 6 the caller's principal alone
 * and leaves Payara to find the groups through a security context that all request threads share
 * (payara/Payara#6145): a concurrent request that has just changed it signs the caller in without
 * groups, and the page answers 403. Naming the caller and the groups outright reads nothing shared.
 *
 * <p>Its priority puts it outside {@code @RememberMe}'s interceptor ({@code PLATFORM_BEFORE +
 * 210}), so that a session's caller is signed in without looking the cookie's token up in the
 * database on every request, as {@code @AutoApplySession} does.
 */
@CallerInSession
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 205)
public class CallerInSessionInterceptor implements Serializable {

  /** The session attribute that holds the signed-in {@link Caller}. */
  static final String CALLER = "finchat.caller";

  /** Who signed in on this session, with the security groups they were given then. */
  record Caller(String name, Set<String> groups) implements Serializable {
    Caller {
      groups = Set.copyOf(groups);
    }
  }

  @AroundInvoke
  public Object intercept(InvocationContext invocation) throws Exception {
    if (!(invocation.getParameters().length == 3
        && invocation.getParameters()[2] instanceof HttpMessageContext context)) {
      return invocation.proceed();
    }
    return switch (invocation.getMethod().getName()) {
      case "validateRequest" -> validateRequest(invocation, context);
      case "cleanSubject" -> {
        var session = context.getRequest().getSession(false);
        if (session != null) {
          session.removeAttribute(CALLER);
        }
        yield invocation.proceed();
      }
      default -> invocation.proceed();
    };
  }

  private Object validateRequest(InvocationContext invocation, HttpMessageContext context)
      throws Exception {
    var session = context.getRequest().getSession(false);
    // A sign-in with a password always goes on to the mechanism, even on a signed-in session.
    boolean explicit =
        context.isAuthenticationRequest() || context.getAuthParameters().getCredential() != null;
    if (!explicit && session != null && session.getAttribute(CALLER) instanceof Caller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    Object status = invocation.proceed();
    if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
      context
          .getRequest()
          .getSession(true)
          .setAttribute(
              CALLER, new Caller(context.getCallerPrincipal().getName(), context.getGroups()));
    }
    return status;
  }
}
