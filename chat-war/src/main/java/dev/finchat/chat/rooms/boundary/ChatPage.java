package dev.finchat.chat.rooms.boundary;

import dev.finchat.chat.commands.control.LiveCatalogue;
import dev.finchat.chat.history.control.RoomArchived;
import dev.finchat.chat.rooms.control.Frames;
import dev.finchat.chat.rooms.control.RoomNames;
import dev.finchat.chat.rooms.control.Rooms;
import dev.finchat.chat.rooms.entity.Room;
import dev.finchat.wire.CatalogueEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.List;

/**
 * The chat page: which room it shows, the other rooms, the commands its message box offers, and
 * creating a new one.
 */
@Named
@RequestScoped
public class ChatPage {

  @Inject Rooms rooms;
  @Inject LiveCatalogue catalogue;

  private String newRoom;

  public String getRoom() {
    Object room =
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(RoomPages.ROOM);
    return room == null ? Room.LOBBY : room.toString();
  }

  /** An archived room is read-only: the page says so and offers no message box. */
  public boolean isArchived() {
    return rooms.isArchived(getRoom());
  }

  public String getArchivedNotice() {
    return RoomArchived.message(getRoom());
  }

  public List<String> getRooms() {
    return rooms.names();
  }

  /**
   * The commands the message box's menu offers, as a JSON array of {@code command}, {@code purpose}
   * and {@code example}: rendered into an attribute from the live catalogue the parser uses, so the
   * menu offers what the bots deployed answer.
   */
  public String getCommands() {
    JsonArrayBuilder commands = Frames.JSON.createArrayBuilder();
    for (CatalogueEntry command : catalogue.entries()) {
      commands.add(
          Frames.JSON
              .createObjectBuilder()
              .add("command", "/" + command.command() + "=")
              .add("purpose", command.help())
              .add("example", command.usage()));
    }
    commands.add(
        Frames.JSON
            .createObjectBuilder()
            .add("command", "/help")
            .add("purpose", LiveCatalogue.HELP_PURPOSE)
            .add("example", "/help"));
    return commands.build().toString();
  }

  public void createRoom() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    var problem = RoomNames.problem(newRoom);
    if (problem.isPresent()) {
      faces.addMessage(
          "rooms:newRoom",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.get(), problem.get()));
      return;
    }
    String name = RoomNames.normal(newRoom);
    rooms.ensure(name);
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + "/chat/" + name + "/");
  }

  public String getNewRoom() {
    return newRoom;
  }

  public void setNewRoom(String newRoom) {
    this.newRoom = newRoom;
  }
}
