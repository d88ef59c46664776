/**
 * Sign-in, accounts and profiles at the edge: Faces pages, the authentication mechanism and its
 * session interceptor, the identity stores, the people API (display names for the chat page), and
 * the filters and listener that serve per-user URLs, hold temporary passwords to a change and track
 * sessions. Translates requests and delegates to users.control; the profile page also counts
 * messages through history.control.
 */
package dev.finchat.chat.users.boundary;
