package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.users.control.AccountRules;
import java.util.HashSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

  @Test
  void areValidPasswordsEasyToReadAndNeverRepeat() {
    var seen = new HashSet<String>();
    for (int i = 0; i < 1000; i++) {
      String password = TemporaryPasswords.generate();
      assertTrue(
          password.matches("([a-km-zA-HJ-NP-Z2-9]{4}-){3}[a-km-zA-HJ-NP-Z2-9]{4}"), password);
      assertEquals(Optional.empty(), AccountRules.passwordProblem(password));
      assertTrue(seen.add(password), "repeated " + password);
    }
  }
}
