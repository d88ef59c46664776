package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

  @Test
  void usernamesHaveThreeToThirtyLettersDigitsUnderscoresDashesAndDots() {
    for (String good : new String[] {"bob", "alice_b", "a.b-c", "X".repeat(30), "007"}) {
      assertEquals(Optional.empty(), AccountRules.usernameProblem(good), good);
    }
    for (String bad :
        new String[] {"", "  ", "ab", "X".repeat(31), "al ice", "al/ice", "<b>", "élan"}) {
      assertTrue(AccountRules.usernameProblem(bad).isPresent(), bad);
    }
  }

  @Test
  void passwordsHaveEightTo128CharactersAndAreNotCommon() {
    assertEquals(Optional.empty(), AccountRules.passwordProblem("correct horse battery"));
    assertEquals(Optional.empty(), AccountRules.passwordProblem("x".repeat(128)));
    assertEquals(
        Optional.of("A password needs at least 8 characters."),
        AccountRules.passwordProblem("short"));
    assertTrue(AccountRules.passwordProblem("x".repeat(129)).isPresent());
    assertTrue(AccountRules.passwordProblem(null).isPresent());
  }

  @Test
  void commonPasswordsAreRefusedWhateverTheirCase() {
    assertEquals(
        Optional.of("That password is too common: it would be guessed. Choose another."),
        AccountRules.passwordProblem("Password123"));
    assertTrue(AccountRules.passwordProblem("qwertyuiop").isPresent());
  }

  @Test
  void displayNamesAreNeededAndShort() {
    assertEquals(Optional.empty(), AccountRules.displayNameProblem("Alice <A.>"));
    assertTrue(AccountRules.displayNameProblem("   ").isPresent());
    assertTrue(AccountRules.displayNameProblem("x".repeat(61)).isPresent());
  }
}
