package dev.finchat.tools.chaos;

import dev.finchat.tools.client.Visitor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code chaos fuzz}: generated commands and malformed input at every boundary of the chat node —
 * WebSocket frames, form fields, URL parts — from one printed seed. Every response is read: none
 * may be a 5xx, carry a server internal, or show a script payload unescaped in a page; every
 * command is answered once; a broken frame is refused with a notice or a close code, never a
 * dropped line; and afterwards the node is ready and its heap back near where it started.
 */
final class Fuzz {

  /** Seconds an answer to one frame may take before it counts as unanswered. */
  private static final long ANSWER_MILLIS = 10_000;

  /** Heap after a full collection may grow this much (the fuzz's accounts and sessions stay). */
  private static final long HEAP_SLACK_BYTES = 48L << 20;

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  private final int port;
  private final Path runDir;
  private final long seed;
  private final boolean quick;
  private final FuzzInputs inputs;
  private final String run;

  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger ok = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger lost = new AtomicInteger();
  private final AtomicInteger unanswered = new AtomicInteger();
  private final AtomicInteger answeredTwice = new AtomicInteger();
  private final AtomicInteger http5xx = new AtomicInteger();
  private final AtomicInteger ws1011 = new AtomicInteger();
  private final AtomicInteger leaks = new AtomicInteger();
  private final AtomicInteger scripts = new AtomicInteger();
  private final Map<String, Map<String, Integer>> tally = new ConcurrentHashMap<>();
  private final List<String> findings = Collections.synchronizedList(new ArrayList<>());
  private final Map<Visitor, String> names = new ConcurrentHashMap<>();

  Fuzz(int port, Path runDir, long seed, boolean quick, String run) {
    this.port = port;
    this.runDir = runDir;
    this.seed = seed;
    this.quick = quick;
    this.inputs = new FuzzInputs(seed);
    this.run = run;
  }

  Chaos.Result play() throws Exception {
    long heapBefore = heap();
    int commandCount = quick ? 2_000 : 10_000;
    int frameCount = quick ? 150 : 500;
    int formCount = quick ? 50 : 150;
    int urlCount = quick ? 100 : 350;

    String room = "fuzz-" + run;
    var owner = member("o");
    owner.submit("/chat/", "rooms", Map.of("rooms:newRoom", room, "rooms:create", "Create room"));

    var commands = inputs.commands(commandCount);
    var frames = inputs.frames(frameCount);
    var askers = new ArrayList<Visitor>();
    for (int i = 0; i < 4; i++) {
      askers.add(member("c" + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    // The askers' pages connect at once, as pages of people arriving together do; a refused
    // handshake ends the fuzz with the node's answer.
    var connecting = new ArrayList<Future<RawSocket>>();
    for (var asker : askers) {
      connecting.add(pool.submit(() -> new RawSocket(port, asker.sessionCookie(), room)));
    }
    var sockets = new ArrayList<RawSocket>();
    for (var socket : connecting) {
      sockets.add(socket.get(1, TimeUnit.MINUTES));
    }
    List<Future<?>> asking = new ArrayList<>();
    for (int i = 0; i < askers.size(); i++) {
      var slice = commands.subList(i * commandCount / 4, (i + 1) * commandCount / 4);
      var asker = askers.get(i);
      var socket = sockets.get(i);
      asking.add(pool.submit(() -> ask(asker, socket, room, slice)));
    }
    scriptsAsMessages(owner, room);
    breakFrames(owner, room, frames);
    fillForms(formCount);
    askUrls(owner, room, urlCount);
    for (var task : asking) {
      task.get(10, TimeUnit.MINUTES);
    }
    pool.shutdown();

    boolean healthy = healthy(owner);
    long heapAfter = heap();
    boolean heapBack =
        heapBefore > 0 && heapAfter > 0 && heapAfter <= heapBefore + HEAP_SLACK_BYTES;
    boolean recovered = healthy && heapBack;
    boolean passed =
        lost.get() == 0
            && unanswered.get() == 0
            && answeredTwice.get() == 0
            && http5xx.get() == 0
            && ws1011.get() == 0
            && leaks.get() == 0
            && scripts.get() == 0
            && recovered;
    String line =
        String.format(
            Locale.ROOT,
            "scenario=fuzz sent=%d ok=%d failed=%d lost=%d duplicated=0 unanswered=%d"
                + " answered_twice=%d out_of_order=0 wrong=0 recovered=%s seed=%d http_5xx=%d"
                + " ws_1011=%d leaks=%d scripts=%d healthy=%s heap_mb=%d->%d",
            sent.get(),
            ok.get(),
            failed.get(),
            lost.get(),
            unanswered.get(),
            answeredTwice.get(),
            recovered,
            seed,
            http5xx.get(),
            ws1011.get(),
            leaks.get(),
            scripts.get(),
            healthy,
            heapBefore >> 20,
            heapAfter >> 20);
    return new Chaos.Result(line, passed, json(line, passed, heapBefore, heapAfter, healthy));
  }

  // ---- commands over the chat page's WebSocket

  /** Sends each line as the page would and waits for its first answer before the next. */
  private void ask(Visitor asker, RawSocket connected, String room, List<String> lines) {
    Map<String, String> pendingIds = new LinkedHashMap<>();
    Map<String, Integer> answers = new ConcurrentHashMap<>();
    RawSocket socket = connected;
    try {
      for (String line : lines) {
        sent.incrementAndGet();
        socket.say(line);
        RawSocket.Heard first = null;
        while (true) {
          var frame = socket.nextAnswer(ANSWER_MILLIS, false);
          if (frame == null || !frame.isText()) {
            first = frame;
            break;
          }
          read("command", line, frame.text());
          if (frame.text().contains("\"kind\":\"bot\"")) {
            answered(frame.text(), answers);
          } else {
            first = frame;
            break;
          }
        }
        if (first == null) {
          count("command", "unanswered", unanswered, line, "no answer in " + ANSWER_MILLIS + " ms");
        } else if (!first.isText()) {
          count("command", "lost", lost, line, "connection ended: close " + first.closeCode());
          socket.close();
          socket = new RawSocket(port, asker.sessionCookie(), room);
        } else if (first.text().contains("\"kind\":\"pending\"")) {
          Matcher id = ID.matcher(first.text());
          pendingIds.put(id.find() ? id.group(1) : "?" + pendingIds.size(), line);
        } else if (first.text().contains("\"error\":true")) {
          count("command", "refused-with-notice", failed, null, null);
        } else {
          count("command", "notice", ok, null, null);
        }
      }
      // Every command handed to a bot gets its one answer within the chat's patience.
      long deadline = System.currentTimeMillis() + 30_000;
      while (!answers.keySet().containsAll(pendingIds.keySet())
          && System.currentTimeMillis() < deadline) {
        var frame = socket.nextAnswer(1_000, false);
        if (frame != null && frame.isText()) {
          read("command", "(answers)", frame.text());
          answered(frame.text(), answers);
        }
      }
      var late = socket.nextAnswer(500, false); // a second answer would come about now
      if (late != null && late.isText()) {
        answered(late.text(), answers);
      }
    } catch (Exception e) {
      count("command", "lost", lost, "(connection)", e.toString());
    } finally {
      socket.close();
    }
    pendingIds.forEach(
        (id, line) -> {
          int times = answers.getOrDefault(id, 0);
          if (times == 0) {
            count("command", "unanswered", unanswered, line, "pending " + id + ", never answered");
          } else if (times > 1) {
            count("command", "answered-twice", answeredTwice, line, id + " answered " + times);
          } else {
            count("command", "answered", ok, null, null);
          }
        });
  }

  private static void answered(String frame, Map<String, Integer> answers) {
    if (frame.contains("\"kind\":\"bot\"")) {
      Matcher id = ID.matcher(frame);
      if (id.find()) {
        answers.merge(id.group(1), 1, Integer::sum);
      }
    }
  }

  // ---- broken WebSocket frames

  /** Script payloads as room messages: the history page must show them as text. */
  private void scriptsAsMessages(Visitor owner, String room) throws Exception {
    try (var socket = new RawSocket(port, owner.sessionCookie(), room)) {
      for (String script : FuzzInputs.SCRIPTS) {
        sent.incrementAndGet();
        socket.say(script);
        var frame = socket.nextAnswer(ANSWER_MILLIS, true);
        if (frame != null && frame.isText() && frame.text().contains("\"kind\":\"message\"")) {
          read("script-message", script, frame.text());
          count("script-message", "stored-and-delivered", ok, null, null);
        } else {
          count("script-message", "lost", lost, script, String.valueOf(frame));
        }
      }
    }
    page(owner, "/u/" + name(owner) + "/history/?limit_to=-1", "history-page");
    page(owner, "/chat/" + room + "/", "chat-page");
  }

  /**
   * Each broken frame on the page's connection: a content problem must be answered with a notice or
   * closed with a protocol code (1003, 1007, 1009); a protocol violation may end the line.
   * Afterwards a fresh connection must still work.
   */
  private void breakFrames(Visitor owner, String room, List<FuzzInputs.Frame> frames)
      throws Exception {
    RawSocket socket = new RawSocket(port, owner.sessionCookie(), room);
    try {
      for (var frame : frames) {
        sent.incrementAndGet();
        String shown = frame.shown();
        try {
          socket.send(frame.opcode(), frame.payload(), frame.fin(), frame.masked(), frame.rsv());
        } catch (IOException e) {
          // The server may close while a huge frame is still going out; its answer is read below.
        }
        var answer = socket.nextAnswer(frame.breaksProtocol() ? 3_000 : 5_000, true);
        String kind = "frame:" + frame.kind();
        if (answer == null) {
          if (frame.kind().equals("protocol-fragmented-ping") || frame.breaksProtocol()) {
            // Ignoring what breaks the protocol is the server's right; the line must still work.
            count(kind, "ignored", failed, null, null);
            socket = fresh(socket, owner, room);
          } else {
            count(kind, "unanswered", unanswered, shown, "no answer in 5 s");
          }
        } else if (answer.isText()) {
          read(kind, shown, answer.text());
          if (answer.text().contains("\"error\":true")) {
            count(kind, "notice", failed, null, null);
          } else {
            count(kind, "answered", ok, null, null);
          }
        } else if (answer.isClose()) {
          read(kind, shown, answer.text());
          if (answer.closeCode() == 1011) {
            count(kind, "closed-1011", ws1011, shown, "close 1011 " + answer.text());
          } else if (frame.breaksProtocol()
              || Set.of(1002, 1003, 1007, 1009).contains(answer.closeCode())) {
            count(kind, "closed-" + answer.closeCode(), failed, null, null);
          } else {
            count(
                kind,
                "closed-" + answer.closeCode(),
                lost,
                shown,
                "close " + answer.closeCode() + " " + answer.text());
          }
          socket = fresh(socket, owner, room);
        } else if (frame.breaksProtocol()) {
          count(kind, "dropped", failed, null, null);
          socket = fresh(socket, owner, room);
        } else {
          count(kind, "dropped", lost, shown, "connection ended without a close frame");
          socket = fresh(socket, owner, room);
        }
      }
    } finally {
      socket.close();
    }
  }

  /** A new connection after one ended, proving the node still takes and answers pages. */
  private RawSocket fresh(RawSocket old, Visitor owner, String room) throws Exception {
    old.close();
    var socket = new RawSocket(port, owner.sessionCookie(), room);
    socket.say("/help");
    var answer = socket.nextAnswer(ANSWER_MILLIS, false);
    if (answer == null || !answer.isText() || !answer.text().contains("\"kind\":\"notice\"")) {
      count("reconnect", "lost", lost, "/help", "a fresh connection got " + answer);
    }
    return socket;
  }

  // ---- forms

  /**
   * Forms filled with fuzz: create-user, the profile editor, new room, sign-in (twice only: five
   * failures would lock this address out for everyone), and posts with forged view state.
   */
  private void fillForms(int count) throws Exception {
    var editor = member("e");
    for (int i = 0; i < count; i++) {
      switch (i % 6) {
        case 0, 1 -> {
          var visitor = new Visitor(port);
          String username =
              inputs.nextInt(3) == 0 ? "fz" + run + i : truncate(inputs.value(), 3_000);
          String password = inputs.nextInt(2) == 0 ? "fuzz password " + i : inputs.value();
          Map<String, String> fields = new LinkedHashMap<>();
          fields.put("account:username", username);
          fields.put("account:password", password);
          fields.put("account:confirmation", inputs.nextInt(4) == 0 ? inputs.value() : password);
          fields.put("account:displayName", inputs.value());
          fields.put("account:create", "Create account");
          form("create-user", () -> visitor.submit("/create-user/", "account", fields));
          if (username.startsWith("fz")) {
            page(visitor, "/u/" + username + "/", "profile-page");
          }
        }
        case 2, 3 -> {
          String displayName = inputs.value();
          String about = inputs.value();
          form(
              "profile-edit",
              () ->
                  editor.submit(
                      "/u/" + name(editor) + "/profile-edit/",
                      "profile",
                      Map.of(
                          "profile:displayName", displayName,
                          "profile:about", about,
                          "profile:currentPassword", "",
                          "profile:newPassword", "",
                          "profile:save", "Save")));
          page(editor, "/u/" + name(editor) + "/", "profile-page");
        }
        case 4 -> {
          String name = inputs.value();
          form(
              "new-room",
              () ->
                  editor.submit(
                      "/chat/",
                      "rooms",
                      Map.of("rooms:newRoom", name, "rooms:create", "Create room")));
        }
        default -> {
          String path =
              List.of("/create-user/", "/login/", "/logout/", "/chat/").get(inputs.nextInt(4));
          form(
              "forged-view-state",
              () ->
                  editor.post(
                      path,
                      Map.of(
                          "jakarta.faces.ViewState",
                          inputs.nextInt(2) == 0 ? inputs.value() : "-1:-1",
                          "account:username",
                          inputs.value())));
        }
      }
    }
    for (int i = 0; i < 2; i++) {
      var visitor = new Visitor(port);
      String username = FuzzInputs.SCRIPTS.get(i);
      form(
          "login",
          () ->
              visitor.submit(
                  "/login/",
                  "login",
                  Map.of(
                      "login:username", username,
                      "login:password", "not the password",
                      "login:signIn", "Sign in")));
    }
  }

  private interface Submission {
    HttpResponse<String> submit() throws Exception;
  }

  private void form(String kind, Submission submission) {
    sent.incrementAndGet();
    try {
      var response = submission.submit();
      http("form:" + kind, kind, response);
      // Where the form led shows whether the fuzz got past validation (an account, a saved
      // profile).
      note("form:" + kind, "landed on " + response.uri().getPath());
    } catch (Exception e) {
      count("form:" + kind, "lost", lost, kind, e.toString());
    }
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  // ---- URLs

  /** Fuzzed path segments and query parameters on every page and API, as raw request lines. */
  private void askUrls(Visitor member, String room, int count) throws Exception {
    String me = name(member);
    for (int i = 0; i < count; i++) {
      String x = inputs.urlPart();
      String n = FuzzInputs.encode(inputs.number());
      String target =
          switch (i % 12) {
            case 0 -> "/u/" + x + "/";
            case 1 -> "/u/" + x + "/profile/";
            case 2 -> "/u/" + me + "/history/?limit_to=" + n;
            case 3 -> "/u/" + me + "/history/?limit_to=" + n + "&before=" + x;
            case 4 -> "/api/users/" + me + "/messages?limit_to=" + n + "&before=" + n;
            case 5 -> "/api/users/" + x + "/messages?limit_to=" + n;
            case 6 -> "/api/rooms/" + room + "/messages?limit_to=" + n + "&after=" + x;
            case 7 -> "/api/rooms/" + x + "/messages?before=" + n;
            case 8 -> "/chat/" + x + "/";
            case 9 -> "/ws/chat/" + x;
            case 10 -> "/u/" + x + "/history/?limit_to=" + x;
            default -> "/login/?" + x + "=" + x;
          };
      sent.incrementAndGet();
      String kind = "url:" + target.substring(0, target.indexOf('/', 1) + 1);
      try {
        var response = raw(target, member.sessionCookie());
        http(kind, target, response.status(), response.contentType(), response.body());
      } catch (IOException e) {
        count(kind, "lost", lost, truncate(target, 200), e.toString());
      }
    }
  }

  private record RawResponse(int status, String contentType, String body) {}

  /** One HTTP/1.1 GET written by hand: URLs a client library would refuse to send. */
  private RawResponse raw(String target, String cookie) throws IOException {
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      String request =
          "GET "
              + target
              + " HTTP/1.1\r\nHost: localhost:"
              + port
              + "\r\nCookie: "
              + cookie
              + "\r\nAccept: text/html,application/json\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      var all = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(all);
      String response = all.toString(StandardCharsets.UTF_8);
      if (!response.startsWith("HTTP/1.")) {
        throw new IOException("no HTTP response: " + truncate(response, 100));
      }
      int status = Integer.parseInt(response.substring(9, 12));
      int split = response.indexOf("\r\n\r\n");
      String head = split < 0 ? response : response.substring(0, split);
      Matcher type = Pattern.compile("(?im)^content-type:\\s*(.*)$").matcher(head);
      return new RawResponse(
          status,
          type.find() ? type.group(1).trim() : "",
          split < 0 ? "" : response.substring(split + 4));
    }
  }

  // ---- reading responses

  private void http(String kind, String input, HttpResponse<String> response) {
    for (var earlier = response.previousResponse();
        earlier.isPresent();
        earlier = earlier.get().previousResponse()) {
      if (earlier.get().statusCode() >= 500) {
        count(
            kind,
            "http-5xx",
            http5xx,
            input,
            "status " + earlier.get().statusCode() + " before a redirect");
      }
    }
    http(
        kind,
        input,
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  private void http(String kind, String input, int status, String contentType, String body) {
    read(kind, input, body);
    if (contentType.contains("html")) {
      for (String script : FuzzInputs.SCRIPTS) {
        if (body.contains(script)) {
          count(kind, "script-unescaped", scripts, input, "the page shows " + script + " raw");
        }
      }
    }
    if (status >= 500) {
      count(kind, "http-" + status, http5xx, input, truncate(body, 300));
    } else if (status >= 400) {
      count(kind, "http-" + status, failed, null, null);
    } else {
      count(kind, "http-" + status, ok, null, null);
    }
  }

  /** Fetches a page that shows what the fuzz stored, and checks it. */
  private void page(Visitor visitor, String path, String kind) {
    sent.incrementAndGet();
    try {
      http("page:" + kind, path, visitor.get(path));
    } catch (Exception e) {
      count("page:" + kind, "lost", lost, path, e.toString());
    }
  }

  private void read(String kind, String input, String response) {
    String internal = FuzzInputs.internals(response);
    if (internal != null) {
      count(kind, "leak", leaks, input, internal);
    }
  }

  private void note(String kind, String outcome) {
    tally.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).merge(outcome, 1, Integer::sum);
  }

  private void count(String kind, String outcome, AtomicInteger counter, String input, String why) {
    counter.incrementAndGet();
    tally.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).merge(outcome, 1, Integer::sum);
    if (input != null && findings.size() < 500) {
      findings.add(
          "{\"kind\": "
              + History.quote(kind)
              + ", \"outcome\": "
              + History.quote(outcome)
              + ", \"input\": "
              + History.quote(truncate(input, 300))
              + ", \"why\": "
              + History.quote(truncate(why, 600))
              + "}");
    }
  }

  // ---- the node afterwards

  private Visitor member(String name) throws Exception {
    var visitor = new Visitor(port);
    String username = "fuzz-" + run + "-" + name;
    var page = visitor.createAccount(username, "fuzz password " + name, "Fuzz " + name);
    if (!page.uri().getPath().startsWith("/chat/")) {
      throw new IllegalStateException("could not sign up " + username + ": " + page.body());
    }
    names.put(visitor, username);
    return visitor;
  }

  private String name(Visitor member) {
    return names.get(member);
  }

  private boolean healthy(Visitor visitor) {
    try {
      var response = visitor.get("/health/ready");
      return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
    } catch (Exception e) {
      return false;
    }
  }

  /** The chat node's heap after a full collection, in bytes; 0 if it cannot be read. */
  private long heap() {
    try {
      String pid = Files.readString(runDir.resolve("chat-1.pid")).trim();
      String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
      for (int i = 0; i < 2; i++) {
        new ProcessBuilder(jcmd, pid, "GC.run")
            .redirectErrorStream(true)
            .start()
            .waitFor(60, TimeUnit.SECONDS);
      }
      var process = new ProcessBuilder(jcmd, pid, "GC.heap_info").redirectErrorStream(true).start();
      String info = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      Matcher used = HEAP_USED.matcher(info);
      return used.find() ? Long.parseLong(used.group(1)) * 1024 : 0;
    } catch (Exception e) {
      return 0;
    }
  }

  private String json(
      String line, boolean passed, long heapBefore, long heapAfter, boolean healthy) {
    String byKind =
        tally.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                kind ->
                    "    "
                        + History.quote(kind.getKey())
                        + ": {"
                        + kind.getValue().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(o -> History.quote(o.getKey()) + ": " + o.getValue())
                            .collect(Collectors.joining(", "))
                        + "}")
            .collect(Collectors.joining(",\n"));
    return "{\n  \"scenario\": \"fuzz\",\n  \"summary\": "
        + History.quote(line)
        + ",\n  \"passed\": "
        + passed
        + ",\n  \"seed\": "
        + seed
        + ",\n  \"healthy\": "
        + healthy
        + ",\n  \"heap_bytes\": {\"before\": "
        + heapBefore
        + ", \"after\": "
        + heapAfter
        + ", \"slack\": "
        + HEAP_SLACK_BYTES
        + "},\n  \"outcomes\": {\n"
        + byKind
        + "\n  },\n  \"findings\": [\n    "
        + String.join(",\n    ", findings)
        + "\n  ]\n}\n";
  }
}
