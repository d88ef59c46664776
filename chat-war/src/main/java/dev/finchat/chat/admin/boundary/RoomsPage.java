package dev.finchat.chat.admin.boundary;

import dev.finchat.chat.admin.control.AdminRefused;
import dev.finchat.chat.admin.control.Moderation;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code /admin/rooms/}: every room with its message count and who has it open, and archiving or
 * reopening one; each action ends in a redirect with a flash message.
 */
@Named
@ViewScoped
public class RoomsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Moderation moderation;

  private List<Row> rows = List.of();

  /** One room as the page shows it; kept in the view. */
  public record Row(String name, boolean archived, long messages, String online)
      implements Serializable {

    public String getName() {
      return name;
    }

    public boolean isArchived() {
      return archived;
    }

    public long getMessages() {
      return messages;
    }

    public String getOnline() {
      return online;
    }
  }

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    rows =
        moderation.rooms().stream()
            .map(
                room ->
                    new Row(
                        room.name(),
                        room.archived(),
                        room.messages(),
                        room.online().isEmpty() ? "nobody" : String.join(", ", room.online())))
            .toList();
  }

  public void archive(String room) throws IOException {
    act(
        room,
        moderation::archive,
        "#" + room + " is archived: nobody can post to it any more; its history stays readable.");
  }

  public void reopen(String room) throws IOException {
    act(room, moderation::reopen, "#" + room + " is open again.");
  }

  private void act(String room, BiConsumer<String, String> action, String done) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      action.accept(external.getUserPrincipal().getName(), room);
      external.getFlash().put("done", done);
    } catch (AdminRefused refused) {
      external.getFlash().put("problem", refused.getMessage());
    }
    external.redirect(external.getRequestContextPath() + "/admin/rooms/");
  }

  public List<Row> getRows() {
    return rows;
  }
}
