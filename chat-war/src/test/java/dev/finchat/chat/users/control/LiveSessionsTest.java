package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveSessionsTest {

  /** What the fakes were asked to do, in order. */
  private final List<String> done = new ArrayList<>();

  private HttpSession httpSession(String name) {
    return (HttpSession)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "invalidate" -> done.add("invalidated " + name);
                case "hashCode" -> {
                  return System.identityHashCode(proxy);
                }
                case "equals" -> {
                  return proxy == args[0];
                }
                default -> {}
              }
              return null;
            });
  }

  private Session chatPage(String name, String username) {
    Principal principal = () -> username;
    return (Session)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getUserPrincipal" -> principal;
                  case "getId" -> name;
                  case "close" -> {
                    var reason = (CloseReason) args[0];
                    done.add(
                        "closed "
                            + name
                            + " "
                            + reason.getCloseCode().getCode()
                            + " "
                            + reason.getReasonPhrase());
                    yield null;
                  }
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> null;
                });
  }

  @Test
  void signingOutEverywhereClosesEveryChatPageWithTheReasonThenEndsEverySession() {
    var live = new LiveSessions();
    live.signedIn("Dan", httpSession("dan-laptop"));
    live.signedIn("dan", httpSession("dan-phone"));
    live.chatOpened(chatPage("page-1", "dan"));
    live.signedIn("eve", httpSession("eve-laptop"));
    live.chatOpened(chatPage("page-2", "eve"));

    int closed = live.signOutEverywhere("DAN", "Your account was disabled by an administrator.");

    assertEquals(1, closed);
    assertEquals("closed page-1 1008 Your account was disabled by an administrator.", done.get(0));
    assertTrue(done.containsAll(List.of("invalidated dan-laptop", "invalidated dan-phone")));
    assertEquals(3, done.size(), "nobody else is touched: " + done);
    assertFalse(live.isSignedIn("dan"));
    assertTrue(live.isSignedIn("eve"));
  }

  @Test
  void endedSessionsAndClosedPagesAreForgotten() {
    var live = new LiveSessions();
    var session = httpSession("fay-laptop");
    var page = chatPage("page-3", "fay");
    live.signedIn("fay", session);
    live.chatOpened(page);

    live.ended(session);
    live.chatClosed(page);

    assertFalse(live.isSignedIn("fay"));
    assertEquals(0, live.signOutEverywhere("fay", "gone"));
    assertTrue(done.isEmpty(), done.toString());
  }
}
