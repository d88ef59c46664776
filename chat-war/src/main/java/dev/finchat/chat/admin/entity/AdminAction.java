package dev.finchat.chat.admin.entity;

/** What an administrator did to an account, a message or a room, as the audit log names it. */
public enum AdminAction {
  DISABLE("disabled the account"),
  ENABLE("enabled the account"),
  GRANT_ADMIN("made them an administrator"),
  REVOKE_ADMIN("revoked their administrator role"),
  RESET_PASSWORD("reset their password"),
  FIRST_ADMIN("made them the first administrator (launcher setup)"),
  DELETE_MESSAGE("deleted a message by"),
  ARCHIVE_ROOM("archived the room"),
  REOPEN_ROOM("reopened the room");

  private final String description;

  AdminAction(String description) {
    this.description = description;
  }

  /** In words, for the audit log page. */
  public String description() {
    return description;
  }
}
