package dev.finchat.tools.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * m3: what an idle, signed-in, open chat page costs the chat node. It reads the node's live heap
 * and resident set (after full collections), signs up N accounts and opens their chat pages in the
 * lobby, reads again, and divides the growth by N; the pages stay idle. Its baseline opens N
 * sockets of the bare broadcast endpoint in the same server (bench-baseline.war) the same way. The
 * classes that grew most say where the memory goes.
 */
final class IdleConnections {

  /** How many classes of the node's heap growth the report lists. */
  private static final int TOP_CLASSES = 12;

  private IdleConnections() {}

  static int pages(boolean quick) {
    return quick ? 200 : 18_000;
  }

  /**
   * How long the pages stay idle before the second reading. A full run waits out the server's HTTP
   * keep-alive (30 s): the connections that signed the pages up and loaded them are then closed, as
   * a browser's are, and what remains is what an idle page costs. Quick: 3 s.
   */
  static Duration settle(boolean quick) {
    return Duration.ofSeconds(quick ? 3 : 35);
  }

  /** One side's growth: per page, and the classes behind it. */
  record Side(
      double heapPerPage,
      double rssPerPage,
      List<NodeMemory.Growth> classes,
      Latencies opened,
      int refused) {}

  static Measurement measure(Target target, long chatPid, int pages, Duration settle)
      throws Exception {
    var memory = new NodeMemory(chatPid);
    String run = UUID.randomUUID().toString().substring(0, 6);
    Side chat =
        side(
            target.chatNodePort(1),
            memory,
            pages,
            settle,
            (client, batch, count, opened) ->
                client.open(
                    "/ws/chat/lobby",
                    client.signUp("m3" + batch + "-" + run, count, "/chat/"),
                    count,
                    (page, text, now) -> {},
                    opened::record));
    Side bare =
        side(
            target.chatNodePort(1),
            memory,
            pages,
            settle,
            (client, batch, count, opened) ->
                client.open(
                    RoomBroadcast.BareEndpoint.PATH,
                    null,
                    count,
                    (page, text, now) -> {},
                    opened::record));
    String name = "m3." + (pages % 1000 == 0 ? pages / 1000 + "k" : String.valueOf(pages));
    var notes = new ArrayList<String>();
    addGrowth(
        notes,
        "heap growth by class, %d signed-in chat pages (instances, KiB, bytes a page):",
        chat,
        pages);
    addGrowth(notes, "heap growth by class, %d bare endpoint sockets (baseline):", bare, pages);
    return new Measurement(
        name,
        "memory of the chat node per idle open page: "
            + pages
            + " accounts signed up, their chat page loaded and its WebSocket opened in the lobby; live heap (after"
            + " full collections) and resident set before and after, divided by the pages;"
            + " baseline: as many sockets of a bare Jakarta WebSocket endpoint in the same server."
            + " The curves are the time to open each page (sign-up not included)",
        List.of(
            new Figure(name + ".heap", "KiB", chat.heapPerPage(), bare.heapPerPage(), false),
            new Figure(name + ".rss", "KiB", chat.rssPerPage(), bare.rssPerPage(), false),
            Figure.refused(name, chat.refused(), bare.refused())),
        chat.opened(),
        bare.opened(),
        List.of(),
        notes);
  }

  /**
   * Opens {@code count} pages; {@code batch} tells the warm-up's accounts from the measured ones.
   */
  interface Opening {
    List<SignedInPages.Page> open(SignedInPages client, String batch, int count, Latencies opened)
        throws Exception;
  }

  /**
   * Pages opened and closed before the first reading: the server grows its worker threads, their
   * buffer pools and its object caches under the first load, once (about 25 KB a page at 500 pages,
   * nothing at 18,000), and that is not what a page costs.
   */
  private static final int WARM_UP_PAGES = 200;

  private static Side side(int port, NodeMemory memory, int pages, Duration settle, Opening opening)
      throws Exception {
    var opened = new Latencies();
    List<SignedInPages.Page> open = List.of();
    try (var client = new SignedInPages(port)) {
      SignedInPages.closeAll(opening.open(client, "w", WARM_UP_PAGES, new Latencies()));
      var before = memory.snapshot();
      int refusedBefore = client.refused();
      long start = System.nanoTime();
      open = opening.open(client, "", pages, opened);
      System.out.printf(
          Locale.ROOT,
          "  m3: %d pages open (%.0f s to sign up and open them; %d refused with 403),"
              + " heap before %d MiB%n",
          open.size(),
          (System.nanoTime() - start) / 1e9,
          client.refused() - refusedBefore,
          before.heapBytes() >> 20);
      // Let the node finish what opening started (who is online, sessions' first touches).
      Thread.sleep(settle.toMillis());
      var after = memory.snapshot();
      for (int i = opened.count(); i < pages; i++) {
        opened.fail();
      }
      return new Side(
          (after.heapBytes() - before.heapBytes()) / 1024.0 / open.size(),
          (after.rssBytes() - before.rssBytes()) / 1024.0 / open.size(),
          NodeMemory.growth(before, after, TOP_CLASSES),
          opened,
          client.refused() - refusedBefore);
    } finally {
      SignedInPages.closeAll(open);
    }
  }

  /** The classes that grew most on one side, under {@code heading} (formatted with the pages). */
  private static void addGrowth(List<String> notes, String heading, Side side, int pages) {
    notes.add(String.format(Locale.ROOT, heading, pages));
    for (var grew : side.classes()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "  %-70s %9d %9d %7.0f",
              grew.className(),
              grew.instances(),
              grew.bytes() / 1024,
              grew.bytes() / (double) pages));
    }
  }
}
