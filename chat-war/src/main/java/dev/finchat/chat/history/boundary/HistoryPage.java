package dev.finchat.chat.history.boundary;

import dev.finchat.chat.history.control.HistoryLimit;
import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.rooms.entity.ChatMessage;
import dev.finchat.chat.users.boundary.UserPages;
import dev.finchat.chat.users.control.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * A person's own history at {@code /u/<username>/history/}, most recent first, following the seed's
 * {@code limit_to} rule; anyone else is sent to the profile, as in the seed.
 */
@Named
@RequestScoped
public class HistoryPage {

  @Inject Accounts accounts;
  @Inject MessageHistory history;

  private String username;
  private HistoryLimit limit;
  private List<ChatMessage> messages = List.of();
  private List<HistoryLine> lines = List.of();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    Object requested = external.getRequestMap().get(UserPages.USERNAME);
    var account = requested == null ? null : accounts.show(requested.toString()).orElse(null);
    if (account == null) {
      external.responseSendError(404, "No such person");
      faces.responseComplete();
      return;
    }
    username = account.username();
    var principal = external.getUserPrincipal();
    if (principal == null || !principal.getName().equalsIgnoreCase(username)) {
      external.redirect(external.getRequestContextPath() + "/u/" + username + "/");
      return;
    }
    var parameters = external.getRequestParameterMap();
    limit = HistoryLimit.parse(parameters.get("limit_to"));
    messages = history.byAuthor(username, limit, before(parameters.get("before")));
    lines = messages.stream().map(HistoryLine::of).toList();
  }

  private static Long before(String value) {
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String getUsername() {
    return username;
  }

  public List<HistoryLine> getLines() {
    return lines;
  }

  /**
   * The link to older messages, when the limit asks for more than this page shows; it asks for what
   * is left of the limit, which is the total across the pages.
   */
  public String getOlderLink() {
    if (limit == null) {
      return null;
    }
    return limit
        .nextPage(messages.size())
        .map(
            next ->
                "?limit_to="
                    + next.requested()
                    + "&before="
                    + messages.get(messages.size() - 1).id())
        .orElse(null);
  }
}
