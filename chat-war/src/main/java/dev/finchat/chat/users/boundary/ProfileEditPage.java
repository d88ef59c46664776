package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.AccountRefused;
import dev.finchat.chat.users.control.Accounts;
import dev.finchat.chat.users.entity.Account;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The owner's profile editor at {@code /u/<username>/profile-edit/}: anyone else gets 403, an
 * unknown username 404. Saving follows post-redirect-get with a flash message.
 */
@Named
@ViewScoped
public class ProfileEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Accounts accounts;

  private String username;
  private String displayName;
  private String about;
  private String currentPassword;
  private String newPassword;

  /** On the first GET: the page's account, which must be the signed-in person's own. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    ExternalContext external = faces.getExternalContext();
    Object requested = external.getRequestMap().get(UserPages.USERNAME);
    Account account = requested == null ? null : accounts.find(requested.toString()).orElse(null);
    if (account == null) {
      external.responseSendError(404, "No such person");
      faces.responseComplete();
      return;
    }
    var principal = external.getUserPrincipal();
    if (principal == null || !principal.getName().equalsIgnoreCase(account.username())) {
      external.responseSendError(403, "Only its owner can edit a profile");
      faces.responseComplete();
      return;
    }
    username = account.username();
    displayName = account.displayName();
    about = account.about();
  }

  public void save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var principal = external.getUserPrincipal();
    if (username == null || principal == null || !principal.getName().equalsIgnoreCase(username)) {
      external.responseSendError(403, "Only its owner can edit a profile");
      faces.responseComplete();
      return;
    }
    try {
      accounts.updateProfile(username, displayName, about, currentPassword, newPassword);
    } catch (AccountRefused refused) {
      Forms.show("profile", refused);
      return;
    }
    external.getFlash().put("saved", "Your profile is saved.");
    external.redirect(external.getRequestContextPath() + "/u/" + username + "/");
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
