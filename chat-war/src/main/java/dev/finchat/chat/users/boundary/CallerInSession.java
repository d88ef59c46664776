package dev.finchat.chat.users.boundary;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the authentication mechanism whose signed-in callers are kept in their HTTP session by
 * {@link CallerInSessionInterceptor}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface CallerInSession {}
