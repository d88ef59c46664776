package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.LiveSessions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets a session that ended (signed out, timed out), so that nobody holds on to it. */
@WebListener
public class SessionEnd implements HttpSessionListener {

  @Inject LiveSessions live;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    live.ended(event.getSession());
  }
}
