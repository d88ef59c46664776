package dev.finchat.chat.commands.control;

import dev.finchat.wire.PriceChart;
import java.util.Optional;

/**
 * The pages of those who give commands: a command's progress and its answer are shown to the asker
 * alone, never to the room. {@code askerSession} names the asker's page (its chat connection).
 */
public interface Askers {

  /** A notice about the asker's own command that needs no answer (sending too fast). */
  void refused(String askerSession, String notice);

  /** The command is on its way to {@code bot}; its answer replaces this line. */
  void waiting(String askerSession, String correlationId, String bot, String text);

  /** The one answer to the command: the bot's text, with its chart, or why there is none. */
  void answered(
      String askerSession,
      String correlationId,
      String bot,
      String text,
      Optional<PriceChart> chart,
      boolean error);
}
