package dev.finchat.chat.users.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The sign-in form at {@code /login/}. */
@Named
@RequestScoped
public class LoginPage {

  @Inject SignIn signIn;

  private String username;
  private String password;

  public void signIn() throws IOException {
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
}
