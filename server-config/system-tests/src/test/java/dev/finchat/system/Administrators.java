package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.tools.client.Visitor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The first administrator of a running system, made once as its operator would — an account created
 * on the page, then {@code ./finchat admin create} — and shared by the tests that need one.
 */
final class Administrators {

  static final String ROOT = "root-admin";
  static final String ROOT_PASSWORD = "root admin's long password";

  private static final Map<String, Boolean> MADE = new ConcurrentHashMap<>();
  private static final Pattern PRINTED_PASSWORD =
      Pattern.compile("Created the administrator " + ROOT + " with the temporary password (\\S+) ");
  private static final Pattern TEMPORARY_PASSWORD =
      Pattern.compile("<code id=\"temporaryPassword\">([^<]+)</code>");

  private Administrators() {}

  /** A visitor signed in as the system's first administrator. */
  static Visitor root(RunningSystem system) throws Exception {
    MADE.computeIfAbsent(
        system.name,
        name -> {
          try {
            String said = system.run(Duration.ofMinutes(1), "admin", "create", ROOT);
            var printed = PRINTED_PASSWORD.matcher(said);
            assertTrue(printed.find(), said);
            var first = new Visitor(system.chatPort);
            var landed = signIn(first, ROOT, printed.group(1));
            assertEquals("/change-password/", landed.uri().getPath(), landed.body());
            choosePassword(first, printed.group(1), ROOT_PASSWORD);
            return true;
          } catch (Exception e) {
            throw new IllegalStateException("could not make the first administrator", e);
          }
        });
    return signedIn(system, ROOT, ROOT_PASSWORD);
  }

  /** Replaces the temporary password of the signed-in {@code visitor} with {@code chosen}. */
  static void choosePassword(Visitor visitor, String temporary, String chosen) throws Exception {
    var changed =
        visitor.submit(
            "/change-password/",
            "password",
            Map.of(
                "password:currentPassword",
                temporary,
                "password:newPassword",
                chosen,
                "password:confirmation",
                chosen,
                "password:change",
                "Save new password"));
    assertTrue(changed.body().contains("Your new password is saved."), changed.body());
  }

  static Visitor signedIn(RunningSystem system, String username, String password) throws Exception {
    var visitor = new Visitor(system.chatPort);
    signIn(visitor, username, password);
    return visitor;
  }

  static HttpResponse<String> signIn(Visitor visitor, String username, String password)
      throws Exception {
    return visitor.submit(
        "/login/",
        "login",
        Map.of("login:username", username, "login:password", password, "login:signIn", "Sign in"));
  }

  /**
   * Presses {@code button} (disable, enable, grant, revoke, reset) on the row of {@code username},
   * found by searching for that username; returns the page the redirect lands on.
   */
  static HttpResponse<String> press(Visitor admin, String button, String username)
      throws Exception {
    return admin.submit(
        "/admin/users/?q=" + username, "users", Map.of("users:rows:0:" + button, button));
  }

  static String temporaryPassword(String page) {
    var match = TEMPORARY_PASSWORD.matcher(page);
    assertTrue(match.find(), page);
    return match.group(1);
  }
}
