package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstAdminSetupTest {

  @Test
  void theSecretMustMatchExactlyApartFromTheFilesLineEnd() {
    assertTrue(FirstAdminSetup.sameSecret("s3cr3t-value", "s3cr3t-value\n"));
    assertFalse(FirstAdminSetup.sameSecret("s3cr3t-value", "s3cr3t-valu"));
    assertFalse(FirstAdminSetup.sameSecret("s3cr3t-value", ""));
  }
}
