package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.Accounts;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Who posts under a username, as the chat page shows them: {@code GET
 * /api/people?username=ada&username=bob} answers {@code {"people":{"ada":"Ada Lovelace",…}}}. The
 * room's frames carry only the username, which never changes, so a page asks once for the names of
 * the authors it shows and a renamed person appears under their new name at the next load.
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject Accounts accounts;

  @GET
  public Response displayNames(@QueryParam("username") List<String> usernames) {
    if (usernames.size() > Accounts.DISPLAY_NAMES_MAX) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(
              Json.createObjectBuilder()
                  .add(
                      "error", "Ask for at most " + Accounts.DISPLAY_NAMES_MAX + " people at once.")
                  .build())
          .build();
    }
    var people = Json.createObjectBuilder();
    accounts.displayNames(usernames).forEach(people::add);
    return Response.ok(Json.createObjectBuilder().add("people", people).build()).build();
  }
}
