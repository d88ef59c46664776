package dev.finchat.chat.commands.boundary;

import dev.finchat.chat.commands.control.Askers;
import dev.finchat.chat.rooms.control.ChatSessions;
import dev.finchat.chat.rooms.control.Frames;
import dev.finchat.wire.PriceChart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Shows a command's progress and answer as frames on the asker's own chat connection. */
@ApplicationScoped
public class AskerPages implements Askers {

  @Inject ChatSessions sessions;

  @Override
  public void refused(String askerSession, String notice) {
    sessions.send(askerSession, Frames.notice(notice, true));
  }

  @Override
  public void waiting(String askerSession, String correlationId, String bot, String text) {
    sessions.send(askerSession, Frames.pending(correlationId, bot, text));
  }

  @Override
  public void answered(
      String askerSession,
      String correlationId,
      String bot,
      String text,
      Optional<PriceChart> chart,
      boolean error) {
    sessions.send(
        askerSession,
        chart.isPresent()
            ? Frames.botAnswer(correlationId, bot, text, chart.get())
            : Frames.botAnswer(correlationId, bot, text, error));
  }
}
