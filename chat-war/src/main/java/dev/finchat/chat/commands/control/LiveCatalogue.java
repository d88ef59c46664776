package dev.finchat.chat.commands.control;

import dev.finchat.wire.CatalogueEntry;
import dev.finchat.wire.CatalogueNews;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bots users can ask through this chat node, as the bot nodes announce them: a command is
 * offered while at least one bot node has announced it and not withdrawn it. A bot node that dies
 * withdraws nothing, so its commands stay offered (its queue keeps them for the next bot node); an
 * entry no node has repeated within {@link #FRESH} is stale, which readiness reports.
 */
@ApplicationScoped
public class LiveCatalogue {

  /** Bot nodes repeat their entries every 30 s: two missed heartbeats make an entry stale. */
  public static final Duration FRESH = Duration.ofSeconds(75);

  private record Heard(CatalogueEntry entry, Instant at) {}

  /** What {@code /help} itself does, in the same words as the bots' help. */
  public static final String HELP_PURPOSE = "this list";

  private final Clock clock;

  /** By command word, then by bot node: the entry that node last announced, and when. */
  private final Map<String, Map<String, Heard>> byCommand = new HashMap<>();

  public LiveCatalogue() {
    this(Clock.systemUTC());
  }

  LiveCatalogue(Clock clock) {
    this.clock = clock;
  }

  /** Takes in news from the catalogue topic; asks are the bot nodes' business. */
  public synchronized void heard(CatalogueNews news) {
    if (news instanceof CatalogueNews.Announced announced) {
      byCommand
          .computeIfAbsent(announced.entry().command(), command -> new HashMap<>())
          .put(announced.botNode(), new Heard(announced.entry(), clock.instant()));
    } else if (news instanceof CatalogueNews.Withdrawn withdrawn) {
      var nodes = byCommand.get(withdrawn.entry().command());
      if (nodes != null) {
        nodes.remove(withdrawn.botNode());
        if (nodes.isEmpty()) {
          byCommand.remove(withdrawn.entry().command());
        }
      }
    }
  }

  /** The bot that answers {@code /command} right now, as it last announced itself. */
  public synchronized Optional<CatalogueEntry> answering(String command) {
    var nodes = byCommand.get(command);
    return nodes == null ? Optional.empty() : Optional.of(latest(nodes).entry());
  }

  /** Every command offered, in command-word order. */
  public synchronized List<CatalogueEntry> entries() {
    return byCommand.values().stream()
        .map(nodes -> latest(nodes).entry())
        .sorted(Comparator.comparing(CatalogueEntry::command))
        .toList();
  }

  /** The answer to {@code /help}: each command offered with an example, then {@code /help}. */
  public String help() {
    var entries = entries();
    if (entries.isEmpty()) {
      return "No bot answers commands right now; try again in a moment. /help ("
          + HELP_PURPOSE
          + ").";
    }
    return entries.stream()
        .map(entry -> entry.usage() + " (" + entry.help() + ")")
        .collect(Collectors.joining("; ", "Commands: ", "; /help (" + HELP_PURPOSE + ")."));
  }

  /** The offered commands no bot node has announced within {@link #FRESH}. */
  public synchronized List<String> stale() {
    Instant freshSince = clock.instant().minus(FRESH);
    List<String> stale = new ArrayList<>();
    byCommand.forEach(
        (command, nodes) -> {
          if (latest(nodes).at().isBefore(freshSince)) {
            stale.add(command);
          }
        });
    stale.sort(null);
    return stale;
  }

  private static Heard latest(Map<String, Heard> nodes) {
    return nodes.values().stream().max(Comparator.comparing(Heard::at)).orElseThrow();
  }
}
