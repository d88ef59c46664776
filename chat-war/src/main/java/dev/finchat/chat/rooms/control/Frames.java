package dev.finchat.chat.rooms.control;

import dev.finchat.chat.rooms.entity.ChatMessage;
import dev.finchat.wire.PriceChart;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;

/**
 * The JSON frames the chat page receives. {@code kind} tells them apart: a room {@code message}, a
 * {@code pending} command, a {@code bot} answer or a {@code notice}, the last three for the asker
 * only.
 */
public final class Frames {

  /**
   * Looked up once: {@code JSON.createObjectBuilder()} looks the provider up on every call, through
   * the web application's class loader, whose resource lookup is one lock for the whole node —
   * under load every frame written or read queued on it.
   */
  public static final JsonProvider JSON = JsonProvider.provider();

  private Frames() {}

  /** What a page sent: that its user is typing, or a line of text; neither if unreadable. */
  public record Inbound(boolean typing, String text) {

    static final Inbound UNREADABLE = new Inbound(false, null);

    public boolean readable() {
      return typing || text != null;
    }
  }

  public static String message(ChatMessage message) {
    return messageJson(message).add("kind", "message").build().toString();
  }

  /** A stored message as the page and the JSON API show it. */
  public static JsonObjectBuilder messageJson(ChatMessage message) {
    var json = JSON.createObjectBuilder();
    json.add("room", message.room())
        .add("seq", message.sequence())
        .add("id", message.id())
        .add("author", message.author())
        .add("text", message.text())
        .add("at", message.postedAt().toString());
    if (message.deleted()) {
      json.add("deleted", true);
    }
    return json;
  }

  /** Its author deleted the room's message {@code seq} (id {@code id}): pages show it deleted. */
  public static String deletedByAuthor(String room, long seq, long id) {
    return JSON.createObjectBuilder()
        .add("kind", "retracted")
        .add("room", room)
        .add("seq", seq)
        .add("id", id)
        .build()
        .toString();
  }

  /** The message id a {@link #deletedByAuthor} frame names. */
  public static long deletedId(String frame) {
    try (var reader = JSON.createReader(new java.io.StringReader(frame))) {
      return reader.readObject().getJsonNumber("id").longValueExact();
    }
  }

  public static String pending(String id, String bot, String text) {
    return privateFrame("pending", id, bot, text, false).build().toString();
  }

  public static String botAnswer(String id, String bot, String text, boolean error) {
    return privateFrame("bot", id, bot, text, error).build().toString();
  }

  /** A bot's answer with recent closing prices for the page to draw. */
  public static String botAnswer(String id, String bot, String text, PriceChart chart) {
    var days = JSON.createArrayBuilder();
    chart
        .days()
        .forEach(
            day ->
                days.add(
                    JSON.createObjectBuilder()
                        .add("day", day.date().toString())
                        .add("close", day.close())));
    return privateFrame("bot", id, bot, text, false).add("chart", days).build().toString();
  }

  public static String notice(String text, boolean error) {
    return JSON.createObjectBuilder()
        .add("kind", "notice")
        .add("text", text)
        .add("error", error)
        .add("onlyYou", true)
        .build()
        .toString();
  }

  /**
   * This page's author is shut out of the rooms for flooding them and may connect again in {@code
   * retrySeconds}: sent to a page that connects during the wait, before it is closed again.
   */
  public static String flooded(String text, long retrySeconds) {
    return JSON.createObjectBuilder()
        .add("kind", "flooded")
        .add("text", text)
        .add("retry", retrySeconds)
        .add("error", true)
        .add("onlyYou", true)
        .build()
        .toString();
  }

  /**
   * The room did not store the sender's chat message {@code text}, and {@code why}: the page knows
   * which of its messages it is, even when refusals come back in another order than they were sent.
   */
  public static String notSent(String why, String text) {
    return JSON.createObjectBuilder()
        .add("kind", "notice")
        .add("text", why)
        .add("error", true)
        .add("onlyYou", true)
        .add("unsent", text)
        .build()
        .toString();
  }

  private static JsonObjectBuilder privateFrame(
      String kind, String id, String bot, String text, boolean error) {
    return JSON.createObjectBuilder()
        .add("kind", kind)
        .add("id", id)
        .add("bot", bot)
        .add("text", text)
        .add("error", error)
        .add("onlyYou", true);
  }

  /** A moderator deleted the room's message {@code seq}: pages remove it. */
  public static String deleted(String room, long seq) {
    return JSON.createObjectBuilder()
        .add("kind", "deleted")
        .add("room", room)
        .add("seq", seq)
        .build()
        .toString();
  }

  /** The room was archived (read-only from now on) or reopened; {@code text} says which. */
  public static String archived(String room, boolean archived, String text) {
    return JSON.createObjectBuilder()
        .add("kind", "archived")
        .add("room", room)
        .add("archived", archived)
        .add("text", text)
        .build()
        .toString();
  }

  /**
   * Most names a presence frame lists. A page shows a line of names; a room of thousands would
   * otherwise send each of them a frame of every name (10,000 pages: 250 KB each) on each change.
   */
  static final int PRESENCE_NAMES = 50;

  /** Who has the room open: how many, and the first {@link #PRESENCE_NAMES} of them, in order. */
  public static String presence(List<String> online) {
    var names = JSON.createArrayBuilder();
    online.stream().limit(PRESENCE_NAMES).forEach(names::add);
    return JSON.createObjectBuilder()
        .add("kind", "presence")
        .add("online", names)
        .add("count", online.size())
        .build()
        .toString();
  }

  /** Someone is typing (sent to everyone else). */
  public static String typing(String user) {
    return JSON.createObjectBuilder().add("kind", "typing").add("user", user).build().toString();
  }

  /** Reads a frame a page sent: {@code {"typing": true}} or {@code {"text": "..."}}. */
  public static Inbound read(String frame) {
    try (var reader = JSON.createReader(new StringReader(frame))) {
      JsonObject object = reader.readObject();
      if (object.getBoolean("typing", false)) {
        return new Inbound(true, null);
      }
      return object.get("text") instanceof JsonString text
          ? new Inbound(false, text.getString())
          : Inbound.UNREADABLE;
    } catch (RuntimeException e) {
      return Inbound.UNREADABLE;
    }
  }
}
