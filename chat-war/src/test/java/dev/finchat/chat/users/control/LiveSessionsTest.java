package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.shared.PageConnection;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

  private PageConnection chatPage(String name, String username) {
    return new PageConnection() {
      @Override
      public String id() {
        return name;
      }

      @Override
      public String username() {
        return username;
      }

      @Override
      public void send(String frame, Consumer<Throwable> done) {}

      @Override
      public void close(int code, String why) {
        done.add("closed " + name + " " + code + " " + why);
      }
    };
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
