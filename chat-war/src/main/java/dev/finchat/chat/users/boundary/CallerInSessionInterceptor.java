package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.Accounts;
import dev.finchat.chat.users.control.LiveSessions;
import dev.finchat.chat.users.control.SessionCheck;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

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
 * database on every request, as {@code @AutoApplySession} does. It asks the database about the
 * caller only now and then ({@link SessionCheck}), to sign them out should an administrator's
 * notice from another chat node have been lost.
 */
@CallerInSession
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 205)
public class CallerInSessionInterceptor implements Serializable {

  /** The session attribute that holds the signed-in {@link Caller}. */
  static final String CALLER = "finchat.caller";

  private static final Logger LOG = Logger.getLogger(CallerInSessionInterceptor.class.getName());

  @Inject Accounts accounts;
  @Inject LiveSessions live;

  Clock clock = Clock.systemUTC();

  /**
   * Who signed in on this session, with the security groups they were given then, the {@link
   * SessionCheck#mark mark} of the password they signed in with, and when the database last said
   * they may still be signed in.
   */
  record Caller(String name, Set<String> groups, String passwordMark, Instant checked)
      implements Serializable {
    Caller {
      groups = Set.copyOf(groups);
    }

    Caller checkedAt(Instant now) {
      return new Caller(name, groups, passwordMark, now);
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
      var signedOut = recheck(session, caller);
      if (signedOut.isEmpty()) {
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
      }
      // Out on this node, sessions and pages: the request goes on as one without a session, which
      // the sign-in cookie (revoked with the change) no longer signs in.
      live.signOutEverywhere(caller.name(), signedOut.get());
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalid) {
        // ended by signOutEverywhere
      }
    }
    Object status = invocation.proceed();
    if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
      String name = context.getCallerPrincipal().getName();
      String mark = accounts.find(name).map(SessionCheck::mark).orElse("");
      context
          .getRequest()
          .getSession(true)
          .setAttribute(CALLER, new Caller(name, context.getGroups(), mark, clock.instant()));
    }
    return status;
  }

  /**
   * Asks the database, at most every {@link SessionCheck#INTERVAL}, whether the session's person
   * may still be signed in: should another chat node's notice that an administrator signed them out
   * be lost, this node finds out by itself.
   *
   * @return why they are signed out; empty while they are not
   */
  private Optional<String> recheck(HttpSession session, Caller caller) {
    Instant now = clock.instant();
    if (!SessionCheck.due(caller.checked(), now)) {
      return Optional.empty();
    }
    try {
      var signedOut =
          SessionCheck.signOutReason(accounts.find(caller.name()), caller.passwordMark());
      if (signedOut.isEmpty()) {
        session.setAttribute(CALLER, caller.checkedAt(now));
      }
      return signedOut;
    } catch (RuntimeException e) {
      // The database cannot answer: the session goes on, as it did before it asked, until the next
      // check. Refusing every signed-in request would make the outage the users' too.
      LOG.log(Level.WARNING, "Could not check the account of " + caller.name(), e);
      session.setAttribute(CALLER, caller.checkedAt(now));
      return Optional.empty();
    }
  }
}
