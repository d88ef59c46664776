package dev.finchat.tools.chaos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Everything the users of a scenario sent and saw, and at the end what became of each operation,
 * Jepsen-style: every chat message and every command is classified, none is assumed.
 */
final class History {

  /** A chat message: who sent it, its text, and what each page saw of it. */
  static final class Said {
    final String author;
    final String text;
    final long sentAtMillis;
    final long sentAtNanos = System.nanoTime();
    volatile boolean refused;
    final Map<String, Integer> deliveries = new ConcurrentHashMap<>();

    /** When each page's user first saw it (System.nanoTime), for broadcast latency. */
    final Map<String, Long> seenAtNanos = new ConcurrentHashMap<>();

    Said(String author, String text, long sentAtMillis) {
      this.author = author;
      this.text = text;
      this.sentAtMillis = sentAtMillis;
    }
  }

  /** A command: who asked, what, and every answer frame it got. */
  static final class Asked {
    final String asker;
    final String command;
    final long sentAtMillis;
    final long sentAtNanos = System.nanoTime();
    volatile String id;
    final List<String> answers = Collections.synchronizedList(new ArrayList<>());

    /** When the first answer came (System.nanoTime), for the round trip. */
    volatile long answeredAtNanos;

    volatile boolean refused;

    Asked(String asker, String command, long sentAtMillis) {
      this.asker = asker;
      this.command = command;
      this.sentAtMillis = sentAtMillis;
    }
  }

  final List<Said> said = Collections.synchronizedList(new ArrayList<>());
  final List<Asked> asked = Collections.synchronizedList(new ArrayList<>());

  /** Room messages each page received before one with a higher sequence number. */
  final Map<String, Integer> outOfOrder = new ConcurrentHashMap<>();

  /** The first of them, in words ("user saw 12 after 14"), for the scenario's file. */
  final List<String> disorder = Collections.synchronizedList(new ArrayList<>());

  void outOfOrder(String user, long number, long after) {
    outOfOrder.merge(user, 1, Integer::sum);
    if (disorder.size() < 50) {
      disorder.add(user + " saw " + number + " after " + after);
    }
  }

  /** The verdict on each message and command, counted. */
  record Verdict(
      int sent,
      int ok,
      int failed,
      int lost,
      int duplicated,
      int unanswered,
      int answeredTwice,
      int outOfOrder,
      int wrong,
      boolean recovered) {

    boolean passed() {
      return lost == 0
          && duplicated == 0
          && unanswered == 0
          && answeredTwice == 0
          && outOfOrder == 0
          && wrong == 0
          && recovered;
    }

    String line(String scenario) {
      return "scenario="
          + scenario
          + " sent="
          + sent
          + " ok="
          + ok
          + " failed="
          + failed
          + " lost="
          + lost
          + " duplicated="
          + duplicated
          + " unanswered="
          + unanswered
          + " answered_twice="
          + answeredTwice
          + " out_of_order="
          + outOfOrder
          + " wrong="
          + wrong
          + " recovered="
          + recovered;
    }
  }

  /**
   * Classifies: a message is ok when stored and seen exactly once by every page, failed when the
   * chat refused it with a message, lost otherwise; a command is ok when answered once, failed when
   * answered once with an error, unanswered or answered twice otherwise; an answer quoting a price
   * other than {@code rightPrice} is wrong.
   */
  Verdict verdict(java.util.Set<String> stored, int pages, String rightPrice, long recoveredSince) {
    int ok = 0, failed = 0, lost = 0, duplicated = 0, unanswered = 0, twice = 0, wrong = 0;
    synchronized (said) {
      for (Said message : said) {
        if (message.refused) {
          failed++;
        } else if (!stored.contains(message.author + " " + message.text)) {
          lost++;
        } else if (message.deliveries.values().stream().anyMatch(count -> count > 1)) {
          duplicated++;
        } else if (message.deliveries.size() < pages) {
          lost++;
        } else {
          ok++;
        }
      }
    }
    synchronized (asked) {
      for (Asked command : asked) {
        List<String> answers = List.copyOf(command.answers);
        if (command.refused) {
          failed++;
        } else if (answers.isEmpty()) {
          unanswered++;
        } else if (answers.size() > 1) {
          twice++;
        } else if (answers.get(0).contains("\"error\":true")) {
          failed++;
        } else if (answers.get(0).contains("$") && !answers.get(0).contains(rightPrice)) {
          wrong++;
        } else {
          ok++;
        }
      }
    }
    int disorder = outOfOrder.values().stream().mapToInt(Integer::intValue).sum();
    return new Verdict(
        said.size() + asked.size(),
        ok,
        failed,
        lost,
        duplicated,
        unanswered,
        twice,
        disorder,
        wrong,
        recovered(recoveredSince));
  }

  /** Whether every command sent since {@code sinceMillis} was answered, once, without an error. */
  private boolean recovered(long sinceMillis) {
    synchronized (asked) {
      var recent = asked.stream().filter(command -> command.sentAtMillis >= sinceMillis).toList();
      return !recent.isEmpty()
          && recent.stream()
              .allMatch(
                  command ->
                      command.answers.size() == 1
                          && !command.answers.get(0).contains("\"error\":true"));
    }
  }

  /** Each operation with its outcome, for {@code target/chaos/<scenario>.json}. */
  String json(
      String scenario,
      Verdict verdict,
      java.util.Set<String> stored,
      int pages,
      String rightPrice) {
    return json(scenario, verdict, stored, pages, rightPrice, message -> true);
  }

  /** The same, listing only the chat messages {@code listed} accepts (a flood has too many). */
  String json(
      String scenario,
      Verdict verdict,
      java.util.Set<String> stored,
      int pages,
      String rightPrice,
      java.util.function.Predicate<Said> listed) {
    var lines = new ArrayList<String>();
    synchronized (said) {
      for (Said message : said) {
        if (!listed.test(message)) {
          continue;
        }
        String outcome =
            message.refused
                ? "refused-with-error"
                : !stored.contains(message.author + " " + message.text)
                    ? "lost"
                    : message.deliveries.values().stream().anyMatch(c -> c > 1)
                        ? "duplicated"
                        : message.deliveries.size() < pages ? "lost" : "stored-and-delivered";
        lines.add(
            String.format(
                java.util.Locale.ROOT,
                "    {\"type\": \"message\", \"at\": %d, \"author\": %s, \"text\": %s, \"outcome\": \"%s\", \"pages\": %d}",
                message.sentAtMillis,
                quote(message.author),
                quote(message.text),
                outcome,
                message.deliveries.size()));
      }
    }
    synchronized (asked) {
      for (Asked command : asked) {
        List<String> answers = List.copyOf(command.answers);
        String outcome =
            command.refused
                ? "failed-with-message"
                : answers.isEmpty()
                    ? "unanswered"
                    : answers.size() > 1
                        ? "answered-twice"
                        : answers.get(0).contains("\"error\":true")
                            ? "failed-with-message"
                            : answers.get(0).contains("$") && !answers.get(0).contains(rightPrice)
                                ? "wrong"
                                : "answered";
        lines.add(
            String.format(
                java.util.Locale.ROOT,
                "    {\"type\": \"command\", \"at\": %d, \"asker\": %s, \"command\": %s, \"id\": %s, \"outcome\": \"%s\", \"answers\": [%s]}",
                command.sentAtMillis,
                quote(command.asker),
                quote(command.command),
                quote(String.valueOf(command.id)),
                outcome,
                answers.stream().map(History::quote).collect(Collectors.joining(", "))));
      }
    }
    return "{\n  \"scenario\": "
        + quote(scenario)
        + ",\n  \"summary\": "
        + quote(verdict.line(scenario))
        + ",\n  \"passed\": "
        + verdict.passed()
        + ",\n  \"out_of_order\": ["
        + disorder.stream().map(History::quote).collect(Collectors.joining(", "))
        + "]"
        + ",\n  \"operations\": [\n"
        + String.join(",\n", lines)
        + "\n  ]\n}\n";
  }

  static String quote(String text) {
    var quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
