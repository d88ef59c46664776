package dev.finchat.chat.users.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through finchat's own login page: a visitor sent to {@code /login/} returns to the page
 * that asked for it. Which pages need a signed-in user is declared in {@code web.xml}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login/", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"user", "admin"})
@ApplicationScoped
public class SecurityConfiguration {}
