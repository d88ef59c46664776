package dev.finchat.chat.rooms.boundary;

import dev.finchat.chat.rooms.control.Frames;
import dev.finchat.chat.rooms.control.ReadMarks;
import dev.finchat.chat.rooms.control.Rooms;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The room list's unread counts: {@code GET /api/unread} answers, for every room, how many messages
 * others posted there since the caller last read it ({@code {"lobby":0,"desk":3}}, a count of
 * {@value ReadMarks#MOST} meaning that many or more); {@code PUT /api/unread/<room>?read_to=<seq>}
 * is the chat page saying it has shown the room up to message {@code seq}.
 */
@Path("unread")
@Produces(MediaType.APPLICATION_JSON)
public class UnreadResource {

  @Inject ReadMarks marks;
  @Inject Rooms rooms;

  @Context SecurityContext security;

  @GET
  public Response unread() {
    var counts = Frames.JSON.createObjectBuilder();
    marks.unread(caller(), rooms.names()).forEach(counts::add);
    return Response.ok(counts.build()).build();
  }

  @PUT
  @Path("{room}")
  public Response read(@PathParam("room") String room, @QueryParam("read_to") String readTo) {
    long sequence;
    try {
      sequence = Long.parseLong(readTo == null ? "" : readTo);
    } catch (NumberFormatException e) {
      return error(
          Response.Status.BAD_REQUEST, "Say up to which message with read_to=<its number>.");
    }
    if (!marks.readTo(caller(), room, sequence)) {
      return error(Response.Status.NOT_FOUND, "There is no room #" + room + ".");
    }
    return Response.noContent().build();
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }

  private static Response error(Response.Status status, String why) {
    return Response.status(status)
        .entity(Frames.JSON.createObjectBuilder().add("error", why).build())
        .build();
  }
}
