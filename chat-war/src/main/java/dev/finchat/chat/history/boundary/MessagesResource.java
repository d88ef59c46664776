package dev.finchat.chat.history.boundary;

import dev.finchat.chat.history.control.HistoryLimit;
import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.rooms.control.Frames;
import dev.finchat.chat.rooms.control.MessageDeletion;
import dev.finchat.chat.rooms.entity.ChatMessage;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * History as JSON: a room's messages or a person's own, newest first, at most {@link
 * HistoryLimit#PAGE_CAP} a page whatever {@code limit_to} asks; {@code limit_to} is the total
 * across the pages. {@code next} is the cursor of the following (older) page and {@code
 * next_limit_to} what that page asks for, both null when there is none: the next page is {@code
 * ?limit_to=<next_limit_to>&before=<next>}. {@code after=<seq>} returns what a page missed, oldest
 * first. A person deletes a message of their own with {@code DELETE rooms/<room>/messages/<seq>};
 * the history keeps it, marked {@code "deleted": true}, without its text.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

  @Inject MessageHistory history;
  @Inject MessageDeletion deletion;

  @Context SecurityContext security;

  @GET
  @Path("rooms/{room}/messages")
  public Response room(
      @PathParam("room") String room,
      @QueryParam("limit_to") String limitTo,
      @QueryParam("before") Long before,
      @QueryParam("after") Long after) {
    if (after != null) {
      return Response.ok(
              page(history.inRoomAfter(room, after), Optional.empty(), ChatMessage::sequence))
          .build();
    }
    var limit = HistoryLimit.parse(limitTo);
    var messages = history.inRoom(room, limit, before);
    return Response.ok(page(messages, limit.nextPage(messages.size()), ChatMessage::sequence))
        .build();
  }

  @DELETE
  @Path("rooms/{room}/messages/{seq}")
  public Response delete(@PathParam("room") String room, @PathParam("seq") long sequence) {
    var refused = deletion.deleteOwn(security.getUserPrincipal().getName(), room, sequence);
    if (refused.isEmpty()) {
      return Response.noContent().build();
    }
    return switch (refused.get()) {
      case NO_SUCH_MESSAGE ->
          error(
              Response.Status.NOT_FOUND, "There is no message #" + sequence + " in #" + room + ".");
      case NOT_YOURS -> error(Response.Status.FORBIDDEN, "You can delete only your own messages.");
      case ROOM_ARCHIVED ->
          error(Response.Status.CONFLICT, "#" + room + " is archived: it is read-only.");
    };
  }

  private static Response error(Response.Status status, String why) {
    return Response.status(status)
        .entity(Frames.JSON.createObjectBuilder().add("error", why).build())
        .build();
  }

  @GET
  @Path("users/{username}/messages")
  public Response user(
      @PathParam("username") String username,
      @QueryParam("limit_to") String limitTo,
      @QueryParam("before") Long before) {
    var principal = security.getUserPrincipal();
    if (principal == null || !principal.getName().equalsIgnoreCase(username)) {
      return error(Response.Status.FORBIDDEN, "Only its owner can read a history.");
    }
    var limit = HistoryLimit.parse(limitTo);
    var messages = history.byAuthor(username, limit, before);
    return Response.ok(page(messages, limit.nextPage(messages.size()), ChatMessage::id)).build();
  }

  /**
   * A page of messages with what the next one asks for: {@code cursor} gives the {@code before} of
   * the message the next page starts below.
   */
  private static JsonObject page(
      List<ChatMessage> messages,
      Optional<HistoryLimit> nextLimit,
      ToLongFunction<ChatMessage> cursor) {
    var array = Frames.JSON.createArrayBuilder();
    messages.forEach(message -> array.add(Frames.messageJson(message)));
    var page = Frames.JSON.createObjectBuilder().add("messages", array);
    if (nextLimit.isEmpty()) {
      page.addNull("next").addNull("next_limit_to");
    } else {
      page.add("next", cursor.applyAsLong(messages.get(messages.size() - 1)))
          .add("next_limit_to", nextLimit.get().requested());
    }
    return page.build();
  }
}
