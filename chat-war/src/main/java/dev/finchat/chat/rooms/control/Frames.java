package dev.finchat.chat.rooms.control;

import dev.finchat.amqp.PriceChart;
import dev.finchat.chat.rooms.entity.ChatMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The JSON frames the chat page receives. {@code kind} tells them apart: a room {@code message}, a
 * {@code pending} command, a {@code bot} answer or a {@code notice}, the last three for the asker
 * only.
 */
public final class Frames {

  private Frames() {}

  public static String message(ChatMessage message) {
    return messageJson(message).add("kind", "message").build().toString();
  }

  /** A stored message as the page and the JSON API show it. */
  public static JsonObjectBuilder messageJson(ChatMessage message) {
    return Json.createObjectBuilder()
        .add("room", message.room())
        .add("seq", message.sequence())
        .add("id", message.id())
        .add("author", message.author())
        .add("text", message.text())
        .add("at", message.postedAt().toString());
  }

  public static String pending(String id, String bot, String text) {
    return privateFrame("pending", id, bot, text, false).build().toString();
  }

  public static String botAnswer(String id, String bot, String text, boolean error) {
    return privateFrame("bot", id, bot, text, error).build().toString();
  }

  /** A bot's answer with recent closing prices for the page to draw. */
  public static String botAnswer(String id, String bot, String text, PriceChart chart) {
    var days = Json.createArrayBuilder();
    chart
        .days()
        .forEach(
            day ->
                days.add(
                    Json.createObjectBuilder()
                        .add("day", day.date().toString())
                        .add("close", day.close())));
    return privateFrame("bot", id, bot, text, false).add("chart", days).build().toString();
  }

  public static String notice(String text, boolean error) {
    return Json.createObjectBuilder()
        .add("kind", "notice")
        .add("text", text)
        .add("error", error)
        .add("onlyYou", true)
        .build()
        .toString();
  }

  private static JsonObjectBuilder privateFrame(
      String kind, String id, String bot, String text, boolean error) {
    return Json.createObjectBuilder()
        .add("kind", kind)
        .add("id", id)
        .add("bot", bot)
        .add("text", text)
        .add("error", error)
        .add("onlyYou", true);
  }

  /** Who has the room open. */
  public static String presence(List<String> online) {
    var names = Json.createArrayBuilder();
    online.forEach(names::add);
    return Json.createObjectBuilder()
        .add("kind", "presence")
        .add("online", names)
        .build()
        .toString();
  }

  /** Someone is typing (sent to everyone else). */
  public static String typing(String user) {
    return Json.createObjectBuilder().add("kind", "typing").add("user", user).build().toString();
  }

  /** Whether a frame the page sent says its user is typing ({@code {"typing": true}}). */
  public static boolean isTyping(String frame) {
    try (var reader = Json.createReader(new java.io.StringReader(frame))) {
      JsonObject object = reader.readObject();
      return object.getBoolean("typing", false);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The text of a frame the page sent ({@code {"text": "..."}}), or null if it is not one. */
  public static String textOf(String frame) {
    try (var reader = Json.createReader(new java.io.StringReader(frame))) {
      JsonObject object = reader.readObject();
      return object.containsKey("text") && object.get("text") instanceof jakarta.json.JsonString s
          ? s.getString()
          : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
