package dev.finchat.chat.users.control;

import dev.finchat.chat.shared.PageConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where each person is signed in on this node: their HTTP sessions and their open chat pages. It
 * exists so that an administrator can sign a person out everywhere at once.
 */
@ApplicationScoped
public class LiveSessions {

  private static final Logger LOG = Logger.getLogger(LiveSessions.class.getName());

  private final Map<String, Set<HttpSession>> httpSessions = new ConcurrentHashMap<>();
  private final Map<String, Set<PageConnection>> chatPages = new ConcurrentHashMap<>();

  public void signedIn(String username, HttpSession session) {
    httpSessions.computeIfAbsent(key(username), k -> ConcurrentHashMap.newKeySet()).add(session);
  }

  public void ended(HttpSession session) {
    forget(httpSessions, session);
  }

  public void chatOpened(PageConnection page) {
    if (page.username() != null) {
      chatPages.computeIfAbsent(key(page.username()), k -> ConcurrentHashMap.newKeySet()).add(page);
    }
  }

  public void chatClosed(PageConnection page) {
    // Its owner's set only: looking through every user's on each close made closing n pages n².
    if (page.username() != null) {
      chatPages.computeIfPresent(
          key(page.username()),
          (k, pages) -> {
            pages.remove(page);
            return pages.isEmpty() ? null : pages;
          });
    } else {
      forget(chatPages, page);
    }
  }

  /** The people with a chat page open on this node, by username in lower case. */
  public Set<String> withChatPages() {
    return Set.copyOf(chatPages.keySet());
  }

  /** Whether the person has a session or an open chat page on this node. */
  public boolean isSignedIn(String username) {
    return httpSessions.containsKey(key(username)) || chatPages.containsKey(key(username));
  }

  private static <T> void forget(Map<String, Set<T>> byUser, T item) {
    for (var user : byUser.keySet()) {
      byUser.computeIfPresent(
          user,
          (k, items) -> {
            items.remove(item);
            return items.isEmpty() ? null : items;
          });
    }
  }

  /**
   * Closes the person's chat pages, telling each {@code why} (a close reason of at most 123 bytes,
   * which the page shows), and ends their HTTP sessions: the next request must sign in again.
   *
   * @return how many chat pages were closed
   */
  public int signOutEverywhere(String username, String why) {
    int closed = 0;
    Set<PageConnection> pages = chatPages.remove(key(username));
    if (pages != null) {
      for (PageConnection page : pages) {
        try {
          // 1008 "policy violation": the page must not reconnect.
          page.close(PageConnection.VIOLATED_POLICY, why);
          closed++;
        } catch (IOException | IllegalStateException e) {
          LOG.log(Level.FINE, "Chat page " + page.id() + " was gone already", e);
        }
      }
    }
    Set<HttpSession> sessions = httpSessions.remove(key(username));
    if (sessions != null) {
      for (HttpSession session : sessions) {
        try {
          session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
          // ended meanwhile: nothing left to do
        }
      }
    }
    return closed;
  }

  private static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }
}
