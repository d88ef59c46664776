package dev.finchat.amqp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.resource.spi.work.WorkManager;
import org.junit.jupiter.api.Test;

class PatientWorkManagerTest {

  @Test
  void startNowOrFailBecomesWaitForAThread() {
    assertEquals(WorkManager.INDEFINITE, PatientWorkManager.patient(WorkManager.IMMEDIATE));
  }

  @Test
  void anyOtherTimeoutIsKept() {
    assertEquals(5_000L, PatientWorkManager.patient(5_000L));
    assertEquals(WorkManager.INDEFINITE, PatientWorkManager.patient(WorkManager.INDEFINITE));
  }
}
