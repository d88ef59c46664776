package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.users.boundary.AccountIdentityStore;
import dev.finchat.chat.users.control.AccountRefused;
import dev.finchat.chat.users.control.Accounts;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.File;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat node as deployed ({@code chat.war} on Payara Micro with the AMQP adapter): accounts and
 * password hashing inside the container, and who may open which page from outside.
 */
@ExtendWith(ArquillianExtension.class)
class ChatNodeIT {

  @Deployment
  static WebArchive chat() {
    return ShrinkWrap.create(ZipImporter.class, "chat.war")
        .importFrom(new File(TestSystem.deployDir(), "chat.war"))
        .as(WebArchive.class)
        .addClasses(ChatNodeIT.class, Visitor.class, TestSystem.class);
  }

  @ArquillianResource URL base;

  @Inject Accounts accounts;
  @Inject AccountIdentityStore identityStore;

  // Inside the container.

  @Test
  void storesPasswordsAsSaltedPbkdf2HashesOnly() {
    var account = accounts.create("hasher", "hash me please", "hash me please", "Hasher");

    assertTrue(
        account.passwordHash().startsWith("PBKDF2WithHmacSHA256:1024:"), account.passwordHash());
    assertFalse(account.passwordHash().contains("hash me please"));
    var twin = accounts.create("hasher2", "hash me please", "hash me please", "Twin");
    assertNotEquals(account.passwordHash(), twin.passwordHash(), "salted");
  }

  @Test
  void theIdentityStoreAcceptsTheRightPasswordOnlyAndGivesTheUserGroup() {
    accounts.create("Dora", "dora's long pass", "dora's long pass", "Dora");

    var valid = identityStore.validate(new UsernamePasswordCredential("dora", "dora's long pass"));
    assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
    assertEquals("Dora", valid.getCallerPrincipal().getName());
    assertEquals(java.util.Set.of("user"), valid.getCallerGroups());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore
            .validate(new UsernamePasswordCredential("Dora", "wrong password"))
            .getStatus());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore.validate(new UsernamePasswordCredential("nobody", "whatever!!")).getStatus());
  }

  @Test
  void usernamesAreUniqueIgnoringCaseAndEveryProblemIsNamed() {
    accounts.create("Eve", "eve's long pass", "eve's long pass", "Eve");

    var refused =
        assertThrows(AccountRefused.class, () -> accounts.create("EVE", "short", "other", " "));
    assertEquals(
        Map.of(
            "username", "That username is taken. Choose another.",
            "password", "A password needs at least 8 characters.",
            "displayName", "Choose a display name."),
        refused.problems());
  }

  @Test
  void theBotsAccountExistsFromTheStartAndCannotSignIn() {
    assertTrue(accounts.find(Accounts.BOTS_USERNAME).isPresent());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore
            .validate(new UsernamePasswordCredential(Accounts.BOTS_USERNAME, "!"))
            .getStatus());
  }

  // From outside, as browsers.

  @Test
  @RunAsClient
  void anonymousVisitorsAreSentToSignInFromEveryMembersPage() throws Exception {
    var anonymous = new Visitor(base.getPort());
    for (String page : new String[] {"/", "/chat/", "/u/someone/", "/u/someone/profile-edit/"}) {
      assertEquals("/login/", anonymous.get(page).uri().getPath(), page);
    }
    var page = new Visitor(base.getPort()).get("/create-user/");
    assertEquals(200, page.statusCode());
    String cookie = page.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  @Test
  @RunAsClient
  void ownersEditTheirProfileOthersAreRefusedAndUnknownPeopleAreNotFound() throws Exception {
    var frank = new Visitor(base.getPort());
    var grace = new Visitor(base.getPort());
    frank.createAccount("frank", "frank's long pass", "Frank");
    grace.createAccount("grace", "grace's long pass", "Grace");

    assertEquals(200, frank.get("/u/frank/profile-edit/").statusCode());
    var refused = frank.get("/u/grace/profile-edit/");
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("That page is not yours"));
    assertEquals(200, frank.get("/u/grace/").statusCode(), "profiles are visible to members");
    assertTrue(frank.get("/u/grace/profile/").body().contains("Grace"));
    var unknown = frank.get("/u/nobody-at-all/");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("Nothing here"));
  }

  @Test
  @RunAsClient
  void signingOutTakesTheFormsPostAndAForgedPostDoesNothing() throws Exception {
    var henry = new Visitor(base.getPort());
    henry.createAccount("henry", "henry's long pass", "Henry");

    assertTrue(henry.get("/logout/").body().contains("Sign out"));
    assertEquals("/chat/", henry.get("/chat/").uri().getPath(), "a GET does not sign out");
    henry.post("/logout/index.xhtml", Map.of("logout", "logout", "logout:signOut", "Sign out"));
    assertEquals("/chat/", henry.get("/chat/").uri().getPath(), "no view state, no sign-out");

    henry.submit("/logout/", "logout", Map.of("logout:signOut", "Sign out"));
    assertEquals("/login/", henry.get("/chat/").uri().getPath());
  }
}
