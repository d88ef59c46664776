package dev.finchat.chat.admin.boundary;

import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One person as the user list shows them; kept in the view, so it must be serializable. */
public record UserRow(
    String username, String displayName, boolean admin, boolean enabled, String memberSince)
    implements Serializable {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  static UserRow of(Account account) {
    return new UserRow(
        account.username(),
        account.displayName(),
        account.role() == Role.ADMIN,
        account.enabled(),
        DAY.format(account.createdAt()));
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public boolean isAdmin() {
    return admin;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getMemberSince() {
    return memberSince;
  }
}
