package dev.finchat.chat.start;

import dev.finchat.chat.admin.control.FirstAdminSetup;
import dev.finchat.chat.rooms.control.Rooms;
import dev.finchat.chat.rooms.entity.Room;
import dev.finchat.chat.users.control.Accounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * What exists from the first start: the lobby, and the seed's "user for our bot" — an account that
 * can never sign in and that the admin console keeps apart from people. Until an administrator
 * exists, each start also offers the launcher a one-time secret to create the first one.
 */
@Startup
@Singleton
// The container starts SchemaAtStart first: this is the one startup step that needs the tables.
@DependsOn("SchemaAtStart")
// Each step commits on its own, so that a step that lost a race (below) fails where it is called.
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstStart {

  @Inject Accounts accounts;
  @Inject Rooms rooms;
  @Inject FirstAdminSetup firstAdmin;

  @PostConstruct
  void ensure() {
    SeedStep.once(() -> accounts.ensureBotAccount(Accounts.BOTS_USERNAME, "finchat bots"));
    SeedStep.once(() -> rooms.ensure(Room.LOBBY));
    firstAdmin.prepare();
  }
}
