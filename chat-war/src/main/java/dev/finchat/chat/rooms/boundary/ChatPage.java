package dev.finchat.chat.rooms.boundary;

import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.rooms.control.RoomNames;
import dev.finchat.chat.rooms.entity.Room;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** The chat page: which room it shows, the other rooms, and creating a new one. */
@Named
@RequestScoped
public class ChatPage {

  @Inject MessageHistory history;

  private String newRoom;

  public String getRoom() {
    Object room =
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(RoomPages.ROOM);
    return room == null ? Room.LOBBY : room.toString();
  }

  public List<String> getRooms() {
    return history.roomNames();
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
    history.ensureRoom(name);
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
