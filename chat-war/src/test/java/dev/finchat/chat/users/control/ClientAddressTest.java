package dev.finchat.chat.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void withoutAProxyTheCallerCounts() {
    assertEquals("192.0.2.7", ClientAddress.of("192.0.2.7", null));
    assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null));
  }

  @Test
  void behindTheLocalProxyTheAddressItAppendedCounts() {
    assertEquals("192.0.2.7", ClientAddress.of("127.0.0.1", "192.0.2.7"));
    assertEquals("192.0.2.7", ClientAddress.of("0:0:0:0:0:0:0:1", "10.0.0.1, 192.0.2.7"));
  }

  @Test
  void aRemoteCallersOwnHeaderIsIgnored() {
    assertEquals("198.51.100.9", ClientAddress.of("198.51.100.9", "192.0.2.7"));
  }

  @Test
  void aBlankHeaderChangesNothing() {
    assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", " "));
    assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "192.0.2.7, "));
  }
}
