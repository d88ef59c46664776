package dev.finchat.chat.users.boundary;

import dev.finchat.chat.users.control.Accounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The seed's "user for our bot": the account bot answers are attributed to, there from the start.
 */
@Startup
@Singleton
public class BotAccount {

  public static final String USERNAME = "finchat-bots";

  @Inject Accounts accounts;

  @PostConstruct
  void ensure() {
    accounts.ensureBotAccount(USERNAME, "finchat bots");
  }
}
