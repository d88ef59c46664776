package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.admin.control.AdminRefused;
import dev.finchat.chat.admin.control.Administration;
import dev.finchat.chat.admin.control.AuditLog;
import dev.finchat.chat.admin.control.Paging;
import dev.finchat.chat.admin.control.UserSearch;
import dev.finchat.chat.users.boundary.AccountIdentityStore;
import dev.finchat.chat.users.control.Accounts;
import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator actions inside the deployed chat node (Payara Micro, its real database): roles
 * as sign-in sees them, the audit log, search, and the last-administrator rule under concurrency.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

  @Deployment
  static WebArchive chat() {
    return ShrinkWrap.create(ZipImporter.class, "chat.war")
        .importFrom(new File(TestSystem.deployDir(), "chat.war"))
        .as(WebArchive.class)
        .addClasses(AdministrationIT.class, TestSystem.class);
  }

  @Inject Administration administration;
  @Inject Accounts accounts;
  @Inject AccountIdentityStore identityStore;
  @Inject AuditLog audit;

  private Account person(String username) {
    return accounts.create(
        username, username + "'s long pass", username + "'s long pass", username);
  }

  private CredentialValidationResult signIn(String username) {
    return identityStore.validate(
        new UsernamePasswordCredential(username, username + "'s long pass"));
  }

  @Test
  void signInGivesTheRoleTheDatabaseHoldsAndRefusesADisabledAccount() {
    person("amy-admin");

    administration.grantAdmin("tester", "amy-admin");
    assertEquals(Set.of("user", "admin"), signIn("amy-admin").getCallerGroups());
    administration.revokeAdmin("tester", "amy-admin");
    assertEquals(Set.of("user"), signIn("amy-admin").getCallerGroups());

    administration.disable("tester", "amy-admin");
    assertEquals(CredentialValidationResult.Status.INVALID, signIn("amy-admin").getStatus());
    assertEquals(
        "Your account is disabled. Ask an administrator if you think this is a mistake.",
        accounts.signInRefusal("amy-admin", "amy-admin's long pass"));
    administration.enable("tester", "amy-admin");
    assertEquals(CredentialValidationResult.Status.VALID, signIn("amy-admin").getStatus());
  }

  @Test
  void aResetGivesATemporaryPasswordThatMustBeChanged() {
    person("ben-reset");

    String temporary = administration.resetPassword("tester", "ben-reset");

    assertTrue(accounts.find("ben-reset").orElseThrow().mustChangePassword());
    assertTrue(accounts.verify("ben-reset", temporary).isPresent());
    assertFalse(accounts.verify("ben-reset", "ben-reset's long pass").isPresent());
    accounts.changeOwnPassword("ben-reset", temporary, "ben's own password", "ben's own password");
    assertFalse(accounts.find("ben-reset").orElseThrow().mustChangePassword());
  }

  @Test
  void everyActionIsInTheAuditLogNewestFirst() {
    person("cat-audited");
    long before = audit.count();

    administration.disable("auditor", "cat-audited");
    administration.enable("auditor", "cat-audited");

    assertEquals(before + 2, audit.count());
    var newest = audit.page(new Paging(1, 2, audit.count()));
    assertEquals("ENABLE", newest.get(0).action().name());
    assertEquals("DISABLE", newest.get(1).action().name());
    assertEquals("auditor", newest.get(0).actor());
    assertEquals("cat-audited", newest.get(0).target());
  }

  @Test
  void aRefusedActionChangesNothingAndLeavesNoEntry() {
    person("dee-twice");
    administration.disable("tester", "dee-twice");
    long before = audit.count();

    var refused =
        assertThrows(AdminRefused.class, () -> administration.disable("tester", "dee-twice"));
    assertEquals("dee-twice is disabled already.", refused.getMessage());
    assertThrows(AdminRefused.class, () -> administration.disable("tester", "nobody-at-all"));
    assertEquals(before, audit.count());
  }

  @Test
  void searchFindsPeopleByUsernameOrDisplayNameButNeverTheBots() {
    accounts.create("eli-search", "eli's long password", "eli's long password", "Elias Q. Zebra");

    var byName = administration.people(new UserSearch("ZEBRA"), new Paging(1, 20, 1));
    assertEquals(List.of("eli-search"), byName.stream().map(Account::username).toList());
    assertEquals(1, administration.countPeople(new UserSearch("eli-sea")));
    assertEquals(0, administration.countPeople(new UserSearch("finchat-bots")));
    assertEquals(0, administration.countPeople(new UserSearch("eli%")), "% taken literally");
  }

  @Test
  void twoAdministratorsRevokingEachOtherAtOnceLeaveOne() throws Exception {
    person("fay-admin");
    person("gus-admin");
    administration.grantAdmin("tester", "fay-admin");
    administration.grantAdmin("tester", "gus-admin");
    // Only these two may hold the role for the rule to bite: step every other administrator down.
    for (Account other : otherAdmins(Set.of("fay-admin", "gus-admin"))) {
      administration.revokeAdmin("tester", other.username());
    }

    var start = new CountDownLatch(1);
    List<Callable<String>> both = new ArrayList<>();
    both.add(revoke(start, "fay-admin", "gus-admin"));
    both.add(revoke(start, "gus-admin", "fay-admin"));
    var pool = Executors.newFixedThreadPool(2);
    try {
      var results = both.stream().map(pool::submit).toList();
      start.countDown();
      var outcomes = new ArrayList<String>();
      for (var result : results) {
        outcomes.add(result.get());
      }
      assertEquals(1, outcomes.stream().filter("revoked"::equals).count(), outcomes.toString());
    } finally {
      pool.shutdown();
    }
    assertEquals(
        1,
        List.of("fay-admin", "gus-admin").stream()
            .filter(name -> accounts.find(name).orElseThrow().role() == Role.ADMIN)
            .count());
  }

  private List<Account> otherAdmins(Set<String> keep) {
    return administration.people(new UserSearch(""), new Paging(1, 10_000, 10_000)).stream()
        .filter(account -> account.role() == Role.ADMIN && !keep.contains(account.username()))
        .toList();
  }

  private Callable<String> revoke(CountDownLatch start, String actor, String target) {
    return () -> {
      start.await();
      try {
        administration.revokeAdmin(actor, target);
        return "revoked";
      } catch (AdminRefused refused) {
        return refused.getMessage();
      }
    };
  }
}
