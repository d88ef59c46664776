package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.users.entity.Account;
import dev.finchat.chat.users.entity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCheckTest {

  private static final Instant CHECKED = Instant.parse("2026-12-07T15:00:00Z");

  private static Account account(String passwordHash) {
    return new Account("ivy", "Ivy", passwordHash, Role.USER, CHECKED.minus(Duration.ofDays(1)));
  }

  @Test
  void aSessionAsksTheDatabaseAgainOnlyOnceThirtySecondsHavePassed() {
    assertFalse(SessionCheck.due(CHECKED, CHECKED));
    assertFalse(SessionCheck.due(CHECKED, CHECKED.plusSeconds(29)));
    assertTrue(SessionCheck.due(CHECKED, CHECKED.plusSeconds(30)));
    assertTrue(SessionCheck.due(CHECKED, CHECKED.plus(Duration.ofHours(2))));
  }

  @Test
  void aClockSetBackDoesNotPutTheNextCheckOff() {
    assertTrue(SessionCheck.due(CHECKED, CHECKED.minusSeconds(1)));
  }

  @Test
  void aPersonWhoseAccountIsUnchangedStaysSignedIn() {
    var ivy = account("hash-1");
    assertEquals(Optional.empty(), SessionCheck.signOutReason(Optional.of(ivy), mark(ivy)));
  }

  @Test
  void aDisabledAccountIsSignedOutAndToldSo() {
    var ivy = account("hash-1");
    String signedInWith = mark(ivy);
    ivy.disable();
    assertEquals(
        Optional.of("Your account was disabled by an administrator."),
        SessionCheck.signOutReason(Optional.of(ivy), signedInWith));
  }

  @Test
  void anAccountThatIsGoneIsSignedOut() {
    assertEquals(
        Optional.of(SignOuts.DISABLED), SessionCheck.signOutReason(Optional.empty(), "any"));
  }

  @Test
  void aPasswordResetSinceTheSignInSignsOutAndSaysWhy() {
    var ivy = account("hash-1");
    String signedInWith = mark(ivy);
    ivy.resetPassword("temporary-hash");
    assertEquals(
        Optional.of(
            "An administrator reset your password. Sign in with the temporary one you were given."),
        SessionCheck.signOutReason(Optional.of(ivy), signedInWith));
  }

  @Test
  void aSessionSignedInWithTheTemporaryPasswordGoesOnToChangeIt() {
    var ivy = account("hash-1");
    ivy.resetPassword("temporary-hash");
    assertEquals(Optional.empty(), SessionCheck.signOutReason(Optional.of(ivy), mark(ivy)));
  }

  @Test
  void theOwnersOwnNewPasswordLeavesTheirSessionsAsOnOneNode() {
    var ivy = account("hash-1");
    String signedInWith = mark(ivy);
    ivy.changePassword("hash-2");
    assertEquals(Optional.empty(), SessionCheck.signOutReason(Optional.of(ivy), signedInWith));
  }

  @Test
  void theMarkTellsPasswordsApartAndShowsNoneOfTheHash() {
    String mark = mark(account("PBKDF2WithHmacSHA256:1024:salt:hash"));
    assertEquals(16, mark.length());
    assertEquals(mark, mark(account("PBKDF2WithHmacSHA256:1024:salt:hash")));
    assertNotEquals(mark, mark(account("PBKDF2WithHmacSHA256:1024:salt:hasH")));
    assertFalse("PBKDF2WithHmacSHA256:1024:salt:hash".contains(mark));
  }

  @Test
  void anOpenPageClosesWhenItsAccountIsDisabledOrItsPasswordReset() {
    assertEquals(Optional.empty(), SessionCheck.openPageReason(true, false));
    assertEquals(Optional.of(SignOuts.DISABLED), SessionCheck.openPageReason(false, false));
    assertEquals(Optional.of(SignOuts.DISABLED), SessionCheck.openPageReason(false, true));
    assertEquals(Optional.of(SignOuts.PASSWORD_RESET), SessionCheck.openPageReason(true, true));
  }

  private static String mark(Account account) {
    return SessionCheck.mark(account);
  }
}
