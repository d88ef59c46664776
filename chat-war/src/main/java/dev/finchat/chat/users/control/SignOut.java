package dev.finchat.chat.users.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** A person to sign out on every chat node, and why: the notice {@link SignOuts} publishes. */
public record SignOut(String username, String why) {

  public SignOut {
    if (username == null || username.isBlank() || why == null) {
      throw new IllegalArgumentException("a sign-out names its person and says why");
    }
  }

  /** The notice as the topic carries it. */
  public String json() {
    return Json.createObjectBuilder().add("username", username).add("why", why).build().toString();
  }

  /**
   * The notice a chat node published.
   *
   * @throws IllegalArgumentException if {@code json} is not one
   */
  public static SignOut of(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject notice = reader.readObject();
      return new SignOut(notice.getString("username", null), notice.getString("why", null));
    } catch (jakarta.json.JsonException | ClassCastException e) {
      throw new IllegalArgumentException("not a sign-out notice: " + json, e);
    }
  }
}
