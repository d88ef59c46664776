package dev.finchat.chat.users.boundary;

import dev.finchat.chat.history.control.MessageHistory;
import dev.finchat.chat.users.control.Accounts;
import dev.finchat.chat.users.entity.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A person's profile at {@code /u/<username>/}; an unknown username answers 404. */
@Named
@RequestScoped
public class ProfilePage {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject Accounts accounts;
  @Inject MessageHistory history;

  private Account account;

  /** Loads the page's account; answers 404 when there is none. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Object username = faces.getExternalContext().getRequestMap().get(UserPages.USERNAME);
    account = username == null ? null : accounts.show(username.toString()).orElse(null);
    if (account == null) {
      faces.getExternalContext().responseSendError(404, "No such person");
      faces.responseComplete();
    }
  }

  public Account getAccount() {
    return account;
  }

  public long getMessageCount() {
    return history.countByAuthor(account.username());
  }

  public String getMemberSince() {
    return DAY.format(account.createdAt());
  }

  /** Whether the signed-in person is looking at their own profile. */
  public boolean isOwn() {
    var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return account != null
        && principal != null
        && principal.getName().equalsIgnoreCase(account.username());
  }
}
