package dev.finchat.chat.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModerationTest {

  @Test
  void theAuditLogKeepsAnExcerptOfADeletedMessage() {
    assertEquals("short", Moderation.excerpt("short"));
    String excerpt = Moderation.excerpt("x".repeat(500));
    assertEquals(Moderation.EXCERPT, excerpt.length());
    assertEquals('…', excerpt.charAt(excerpt.length() - 1));
  }
}
