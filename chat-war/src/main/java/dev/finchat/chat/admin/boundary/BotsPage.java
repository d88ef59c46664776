package dev.finchat.chat.admin.boundary;

import dev.finchat.chat.admin.control.BotsAndBroker;
import dev.finchat.chat.commands.control.CommandDispatcher.ProbeResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /admin/bots/}: each bot probed live through the broker, its commands of the last hour by
 * outcome, the broker connection and the queues' depths. Every visit probes again.
 */
@Named
@RequestScoped
public class BotsPage {

  @Inject BotsAndBroker bots;

  private BotsAndBroker.Report report;

  /** One bot as the page shows it. */
  public record Row(String bot, String command, boolean answers, String probe, List<String> hour) {
    public String getBot() {
      return bot;
    }

    public String getCommand() {
      return command;
    }

    public boolean isAnswers() {
      return answers;
    }

    public String getProbe() {
      return probe;
    }

    public List<String> getHour() {
      return hour;
    }
  }

  public void load() {
    report = bots.look();
  }

  public List<Row> getRows() {
    return report.bots().stream()
        .map(
            bot ->
                new Row(
                    bot.command().bot(),
                    bot.command().usage(),
                    bot.probe().answered(),
                    probe(bot.probe()),
                    bot.lastHour().entrySet().stream()
                        .map(count -> count.getValue() + " " + count.getKey().description())
                        .toList()))
        .toList();
  }

  static String probe(ProbeResult probe) {
    if (!probe.answered()) {
      return probe.text() == null
          ? "Did not answer within " + probe.roundTrip().toSeconds() + " s."
          : "Cannot be reached: " + probe.text();
    }
    String roundTrip = "round trip " + probe.roundTrip().toMillis() + " ms";
    return probe.error()
        ? "Answers, with an error (" + roundTrip + "): " + probe.text()
        : "Answers (" + roundTrip + "): " + probe.text();
  }

  public boolean isBrokerConnected() {
    return report.brokerProblem().isEmpty();
  }

  public String getBrokerProblem() {
    return report.brokerProblem().orElse("");
  }

  public List<BotsAndBroker.Queue> getQueues() {
    return report.queues();
  }

  public String getManagementUi() {
    return report.managementUi().orElse(null);
  }
}
