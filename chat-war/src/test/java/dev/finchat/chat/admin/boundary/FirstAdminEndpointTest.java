package dev.finchat.chat.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstAdminEndpointTest {

  @Test
  void onlyLoopbackCallersAreFromThisMachine() {
    for (String local : new String[] {"127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1"}) {
      assertTrue(FirstAdminEndpoint.fromThisMachine(local), local);
    }
    for (String remote : new String[] {"10.0.0.7", "192.168.1.2", "2001:db8::1", "", null}) {
      assertFalse(FirstAdminEndpoint.fromThisMachine(remote), String.valueOf(remote));
    }
  }
}
