package dev.finchat.tools.client;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the chat node's pages over HTTP, with a cookie jar: fills and submits the Faces
 * forms as a browser would, so tests can sign in without one.
 */
public final class Visitor {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public Visitor(int port) {
    base = "http://127.0.0.1:" + port;
    http =
        HttpClient.newBuilder()
            // HTTP/1.1, as a browser speaks to a server without TLS (the JDK's would try h2c).
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Creates an account on /create-user/ (which signs its owner in); returns the final page. */
  public HttpResponse<String> createAccount(String username, String password, String displayName)
      throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("account:username", username);
    fields.put("account:password", password);
    fields.put("account:confirmation", password);
    fields.put("account:displayName", displayName);
    fields.put("account:create", "Create account");
    return submit("/create-user/", "account", fields);
  }

  /** Fills the form {@code formId} of the page at {@code path} and submits it. */
  public HttpResponse<String> submit(String path, String formId, Map<String, String> fields)
      throws Exception {
    var page = get(path);
    var viewState = VIEW_STATE.matcher(page.body());
    if (!viewState.find()) {
      throw new IllegalStateException("no form on " + path + ": " + page.body());
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    form.putAll(fields);
    form.put("jakarta.faces.ViewState", viewState.group(1));
    return http.send(
        HttpRequest.newBuilder(page.uri())
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String formBody(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Posts a form without going through its page first, as a forged cross-site request would. */
  public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a DELETE for {@code path}, as the chat page's script does. */
  public HttpResponse<String> delete(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .DELETE()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The session cookie, for the WebSocket handshake. */
  public String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .map(HttpCookie::toString)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("not signed in: no session cookie"));
  }

  /** Every cookie the site set (the session's, and a proxy's node cookie), for the handshake. */
  public String cookies() {
    return cookies.getCookieStore().getCookies().stream()
        .map(HttpCookie::toString)
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
