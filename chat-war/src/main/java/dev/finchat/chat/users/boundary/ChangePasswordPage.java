package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.AccountRefused;
import dev.finchat.chat.users.control.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * {@code /change-password/}: where a person replaces the temporary password an administrator gave
 * them (they are kept here until they do), and where anyone may change theirs.
 */
@Named
@RequestScoped
public class ChangePasswordPage {

  @Inject Accounts accounts;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  /** Whether the person is here because of a reset, not by choice. */
  public boolean isRequired() {
    var session =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getSession(false);
    return session != null && session.getAttribute(SignIn.MUST_CHANGE_PASSWORD) != null;
  }

  public void change() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String username = external.getUserPrincipal().getName();
    try {
      accounts.changeOwnPassword(username, currentPassword, newPassword, confirmation);
    } catch (AccountRefused refused) {
      Forms.show("password", refused);
      return;
    }
    external.getSessionMap().remove(SignIn.MUST_CHANGE_PASSWORD);
    external.getFlash().put("saved", "Your new password is saved.");
    external.redirect(external.getRequestContextPath() + "/u/" + username + "/");
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

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
