package dev.finchat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ send a reader only where something is: every relative link names a file of
 * the repository (and a heading of it, when it names one), and every {@code ./finchat} command they
 * show is one the launcher offers.
 */
class DocumentationLinksTest {

  /** {@code [text](target)} and {@code [text](target "title")}; images alike. */
  private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?[^)]*\\)");

  /** A reference definition: {@code [name]: target}. */
  private static final Pattern REFERENCE =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(\\s.*)?$");

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

  private static final Pattern LAUNCHER_COMMAND =
      Pattern.compile("\\./finchat\\s+([a-z][a-z0-9_-]*)");

  /** A command line of the launcher's help: two spaces, then the command (or several, by |). */
  private static final Pattern HELP_LINE =
      Pattern.compile("^  ([a-z][a-z0-9_-]*(?:\\|[a-z][a-z0-9_-]*)*)(\\s|$)");

  private final Path root = projectRoot();

  @Test
  void everyRelativeLinkNamesAFileAndItsHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    Map<Path, Set<String>> anchors = new HashMap<>();
    for (Path page : pages()) {
      String text = withoutCode(Files.readString(page));
      for (String target : targets(text)) {
        problem(page, target, anchors).ifPresent(broken::add);
      }
    }
    assertTrue(broken.isEmpty(), () -> "Broken links:\n" + String.join("\n", broken));
  }

  @Test
  void everyLauncherCommandTheDocsShowIsInItsHelp() throws Exception {
    Set<String> offered = launcherCommands();
    List<String> unknown = new ArrayList<>();
    for (Path page : pages()) {
      Matcher named = LAUNCHER_COMMAND.matcher(Files.readString(page));
      while (named.find()) {
        if (!offered.contains(named.group(1))) {
          unknown.add(root.relativize(page) + ": ./finchat " + named.group(1));
        }
      }
    }
    assertTrue(
        unknown.isEmpty(),
        () ->
            "Not in `./finchat help` ("
                + offered
                + "):\n"
                + String.join("\n", new LinkedHashSet<>(unknown)));
  }

  @Test
  void headingsBecomeGitHubAnchors() {
    Map<String, Integer> seen = new HashMap<>();
    assertEquals("how-a-command-travels", slug("How a command travels", seen));
    assertEquals("run-it-in-two-commands", slug("Run it, in two commands", seen));
    assertEquals(
        "the-wire-contract-wire-contract", slug("The wire contract (`wire-contract`)", seen));
    assertEquals("add-a-bot", slug("Add a bot", seen));
    assertEquals("add-a-bot-1", slug("Add a bot", seen));
    assertEquals("qpid-jms-and-its-adapter", slug("[Qpid JMS](https://x) and its adapter", seen));
  }

  /** README.md and every Markdown file under docs/. */
  private List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.walk(docs)) {
        files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
      }
    }
    return pages;
  }

  private static List<String> targets(String text) {
    List<String> targets = new ArrayList<>();
    for (Pattern pattern : List.of(INLINE_LINK, REFERENCE)) {
      Matcher link = pattern.matcher(text);
      while (link.find()) {
        targets.add(link.group(1));
      }
    }
    return targets;
  }

  /** What is wrong with {@code target} as a link from {@code page}, if anything. */
  private java.util.Optional<String> problem(
      Path page, String target, Map<Path, Set<String>> anchors) throws IOException {
    if (SCHEME.matcher(target).find()) {
      return java.util.Optional.empty(); // a web address: not this test's to check
    }
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    Path linked =
        file.isEmpty()
            ? page
            : page.getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
    String where = root.relativize(page) + ": (" + target + ")";
    if (!linked.startsWith(root) || !Files.exists(linked)) {
      return java.util.Optional.of(where + " names no file of the repository");
    }
    if (anchor != null && linked.toString().endsWith(".md")) {
      Set<String> headings = anchors.computeIfAbsent(linked, DocumentationLinksTest::headings);
      if (!headings.contains(URLDecoder.decode(anchor, StandardCharsets.UTF_8))) {
        return java.util.Optional.of(
            where + " names no heading of " + root.relativize(linked) + " " + headings);
      }
    }
    return java.util.Optional.empty();
  }

  /** The GitHub anchors of a Markdown file's headings, in order. */
  private static Set<String> headings(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : text.split("\n", -1)) {
      if (FENCE.matcher(line).find()) {
        fenced = !fenced;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (!fenced && !line.startsWith("    ") && heading.matches()) {
        anchors.add(slug(heading.group(1), seen));
      }
    }
    return anchors;
  }

  /**
   * GitHub's anchor for a heading: its text as shown (link text, no code marks or emphasis), in
   * lower case, without punctuation but hyphens and underscores, spaces as hyphens; a repeated one
   * gets -1, -2, ….
   */
  static String slug(String heading, Map<String, Integer> seen) {
    String shown =
        heading
            .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
            .replaceAll("<[^>]+>", "")
            .replaceAll("[`*]", "");
    String slug =
        shown
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}\\p{Mn}\\p{Pc} -]", "")
            .replace(' ', '-');
    int times = seen.merge(slug, 1, Integer::sum);
    return times == 1 ? slug : slug + "-" + (times - 1);
  }

  /** The text with fenced blocks, indented blocks and code spans blanked: links there are code. */
  private static String withoutCode(String text) {
    StringBuilder kept = new StringBuilder();
    boolean fenced = false;
    for (String line : text.split("\n", -1)) {
      if (FENCE.matcher(line).find()) {
        fenced = !fenced;
        kept.append('\n');
        continue;
      }
      kept.append(fenced || line.startsWith("    ") ? "" : line.replaceAll("`[^`]*`", "``"));
      kept.append('\n');
    }
    return kept.toString();
  }

  /** The commands {@code ./finchat help} lists, run from the project root as a reader would. */
  private Set<String> launcherCommands() throws Exception {
    Process help =
        new ProcessBuilder("bash", "./finchat", "help")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String printed = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(help.waitFor(30, TimeUnit.SECONDS), "./finchat help did not end");
    assertEquals(0, help.exitValue(), () -> "./finchat help failed:\n" + printed);
    Set<String> commands = new TreeSet<>();
    // `help` itself prints the list, so it is a command the docs may name.
    commands.add("help");
    for (String line : printed.split("\n")) {
      Matcher command = HELP_LINE.matcher(line);
      if (command.find()) {
        commands.addAll(List.of(command.group(1).split("\\|")));
      }
    }
    assertTrue(commands.contains("up"), () -> "No commands read from:\n" + printed);
    return commands;
  }

  /** The directory with README.md and the launcher: the project root above this module. */
  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("README.md"))
          && Files.isRegularFile(dir.resolve("finchat"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "No README.md and finchat above " + Path.of("").toAbsolutePath());
  }
}
