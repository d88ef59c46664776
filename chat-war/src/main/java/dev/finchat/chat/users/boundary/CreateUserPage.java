package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.AccountRefused;
import dev.finchat.chat.users.control.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The form at {@code /create-user/}: creates an account and signs its owner in. */
@Named
@RequestScoped
public class CreateUserPage {

  @Inject Accounts accounts;
  @Inject SignIn signIn;

  private String username;
  private String password;
  private String confirmation;
  private String displayName;

  public void create() throws IOException {
    try {
      accounts.create(username, password, confirmation, displayName);
    } catch (AccountRefused refused) {
      Forms.show("account", refused);
      return;
    }
    signIn.signIn(username, password).ifPresent(problem -> Forms.error(null, problem));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }
}
