package dev.finchat.tools.chaos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the fuzz sends, generated from one seed so that a failure reproduces: command lines, broken
 * WebSocket frames, form fields and URL parts. Nothing generated looks like a server internal (see
 * {@link #INTERNALS}), so any internal in a response came from the server.
 */
final class FuzzInputs {

  /**
   * What must never reach a user: stack-trace lines, exception names, container and framework
   * packages, Payara's own error pages, SQL. Faces' public field and resource names are not
   * internals and are removed first (see {@link #internals}).
   */
  static final Pattern INTERNALS =
      Pattern.compile(
          "\\bat [a-z]+\\.[a-zA-Z_.$]+\\(|Exception|Caused by|java\\.[a-z]+\\.|jakarta\\.|javax\\."
              + "|org\\.glassfish|org\\.apache|org\\.eclipse|fish\\.payara|com\\.sun\\.|badassfish"
              + "|Payara|GlassFish|Grizzly|Mojarra|Tyrus|HTTP Status \\d|Error report"
              + "|SQLState|SQL state|SQLSyntax|\\bSELECT\\s.+\\sFROM\\s|INSERT INTO|UPDATE \\w+ SET"
              + "|Derby|\\bERROR \\d{5}|\\bERROR [0-9A-Z]{5}:");

  /** Names a Faces page carries on purpose: the view state field, the resource path. */
  private static final Pattern FACES_PUBLIC =
      Pattern.compile("jakarta\\.faces\\.(ViewState|ClientWindow|resource|RenderKitId)");

  /** The first server internal in {@code response}, or null. */
  static String internals(String response) {
    String cleaned = FACES_PUBLIC.matcher(response).replaceAll("");
    var matcher = INTERNALS.matcher(cleaned);
    if (!matcher.find()) {
      return null;
    }
    return cleaned.substring(
        Math.max(0, matcher.start() - 60), Math.min(cleaned.length(), matcher.end() + 60));
  }

  /**
   * Markup that runs a script if a page shows it unescaped; each calls a function named after it,
   * so a page that shows one raw shows which.
   */
  static final List<String> SCRIPTS =
      List.of(
          "<script>fz1()</script>",
          "<img src=x onerror=fz2()>",
          "\"><svg onload=fz3()>",
          "'><iframe src=javascript:fz4()></iframe>",
          "</textarea></title><script>fz5()</script>",
          "<a href=\"javascript:fz6()\">fz6</a>",
          "<body onload=fz7()>",
          "<details open ontoggle=fz8()>");

  private static final List<String> HOSTILE =
      List.of(
          "' OR '1'='1",
          "'; DROP TABLE messages; --",
          "\" OR 1=1 --",
          "../../../../etc/passwd",
          "..\\..\\windows\\win.ini",
          "%s%s%s%n",
          "${7*7}",
          "#{7*7}",
          "{{7*7}}",
          "\u0000",
          "\u0007\u001b[31m",
          "\r\nSet-Cookie: fz=1",
          "\uFEFF",
          "\u202Egnp.exe",
          "Z\u0351\u0352\u0353\u0354\u0355",
          "😀🚀💹",
          "مرحبا",
          "日本語",
          "\uD83D",
          "\\",
          "\"",
          "{\"text\":\"x\"}",
          "null",
          "-1",
          "NaN",
          "1e309",
          " ",
          "\t",
          "AAPL.US",
          "aapl.us",
          "MSFT.US",
          "HTML.US",
          "DENIED.US",
          "NOTFOUND.US",
          "BROKEN.US",
          "TRUNCATED.US",
          "ZZZZ.ZZ",
          ".",
          "=",
          "/");

  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ._-=/\\\"'<>&;:!?%#@$^*()[]{}|~`+,\t\n\u00e9\u00df\u4e2d\u0301\u200b";

  private final Random random;

  FuzzInputs(long seed) {
    random = new Random(seed);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A string of hostile parts, markup, random characters, or a very long one. */
  String value() {
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> pick(HOSTILE);
      case 3 -> pick(SCRIPTS);
      case 4 -> pick(HOSTILE) + pick(SCRIPTS) + pick(HOSTILE);
      case 5 -> "x".repeat(1 + random.nextInt(5_000));
      case 6 -> String.valueOf(random.nextLong() >> random.nextInt(64));
      default -> randomText(1 + random.nextInt(40));
    };
  }

  private String randomText(int length) {
    var text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  /**
   * A line that the chat parser takes for a command (it starts with {@code /} after white space):
   * known and unknown names, any case, with and without {@code =}, any argument.
   */
  String command() {
    String prefix = random.nextInt(8) == 0 ? pick(List.of(" ", "\t", "\n ", "  ")) : "";
    String name =
        switch (random.nextInt(8)) {
          case 0, 1, 2 -> "stock";
          case 3 -> "day_range";
          case 4 -> pick(List.of("STOCK", "Stock", "help", "HELP", "stock ", " stock", "stocks"));
          case 5 -> "";
          case 6 -> randomText(1 + random.nextInt(12)).replace("\n", "");
          default -> "x".repeat(1 + random.nextInt(300));
        };
    String separator = pick(List.of("=", "=", "=", "", "==", " = ", "=="));
    String argument =
        switch (random.nextInt(4)) {
          case 0 -> pick(List.of("AAPL.US", "MSFT.US", "aapl.us", " AAPL.US "));
          default -> value();
        };
    String line = prefix + "/" + name + separator + argument;
    return random.nextInt(50) == 0 ? line + "x".repeat(2_000) : line;
  }

  List<String> commands(int count) {
    var commands = new ArrayList<String>(count);
    for (int i = 0; i < count; i++) {
      commands.add(command());
    }
    return commands;
  }

  /** A WebSocket frame no page of this site would send, and what the server may do about it. */
  record Frame(String kind, int opcode, byte[] payload, boolean fin, boolean masked, int rsv) {

    /** Whether breaking the protocol itself, after which the server may just drop the line. */
    boolean breaksProtocol() {
      return kind.startsWith("protocol");
    }

    String shown() {
      String text = new String(payload, 0, Math.min(payload.length, 120), StandardCharsets.UTF_8);
      return kind + " (" + payload.length + " bytes): " + text;
    }
  }

  private static Frame text(String kind, String frame) {
    return new Frame(kind, RawSocket.TEXT, frame.getBytes(StandardCharsets.UTF_8), true, true, 0);
  }

  private static Frame bytes(String kind, int opcode, byte[] payload) {
    return new Frame(kind, opcode, payload, true, true, 0);
  }

  private final List<Function<FuzzInputs, Frame>> frameMakers =
      List.of(
          f -> text("json-truncated", "{\"text\":\"" + f.value().replace("\"", "")),
          f -> text("json-not-object", f.pick(List.of("[]", "42", "\"text\"", "null", "true", ""))),
          f ->
              text(
                  "json-text-not-string",
                  "{\"text\":" + f.pick(List.of("1", "null", "true", "[]", "{}", "1e999")) + "}"),
          f -> text("json-no-text", "{\"txt\":" + History.quote(f.value()) + "}"),
          f -> text("json-garbage", f.randomText(1 + f.random.nextInt(200))),
          f -> text("json-nested", "{\"text\":" + "[".repeat(f.random.nextInt(8_000)) + "\"x\"}"),
          f -> text("json-escapes", "{\"text\":\"\\ud800\\u0000\\uDFFF\\x41\\q\"}"),
          f -> text("json-duplicate-keys", "{\"text\":\"a\",\"text\":[1]}"),
          f -> text("json-typing-odd", "{\"typing\":" + History.quote(f.value()) + "}"),
          f -> text("json-huge-number", "{\"text\":" + "9".repeat(5_000) + "}"),
          f -> text("text-blank", "{\"text\":" + History.quote(" \t\n ".repeat(10)) + "}"),
          f -> text("text-too-long", "{\"text\":" + History.quote("y".repeat(2_001)) + "}"),
          f ->
              text(
                  "frame-too-big",
                  "{\"text\":\"" + "z".repeat(16_385 + f.random.nextInt(1 << 20)) + "\"}"),
          f -> {
            byte[] payload = new byte[1 + f.random.nextInt(2_000)];
            f.random.nextBytes(payload);
            return bytes("binary", RawSocket.BINARY, payload);
          },
          f ->
              bytes(
                  "binary-json",
                  RawSocket.BINARY,
                  "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8)),
          f ->
              bytes(
                  "utf8-invalid",
                  RawSocket.TEXT,
                  f.pick(
                      List.of(
                          new byte[] {
                            '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'
                          },
                          new byte[] {(byte) 0xFF, (byte) 0xFE},
                          new byte[] {(byte) 0xC0, (byte) 0xAF},
                          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                          new byte[] {
                            '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE2, (byte) 0x82
                          }))),
          f ->
              new Frame(
                  "protocol-unmasked",
                  RawSocket.TEXT,
                  "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                  true,
                  false,
                  0),
          f ->
              new Frame(
                  "protocol-reserved-opcode",
                  3 + f.random.nextInt(5),
                  new byte[] {1},
                  true,
                  true,
                  0),
          f ->
              new Frame(
                  "protocol-rsv-bits",
                  RawSocket.TEXT,
                  "{}".getBytes(StandardCharsets.UTF_8),
                  true,
                  true,
                  1 + f.random.nextInt(7)),
          f ->
              new Frame(
                  "protocol-lone-continuation",
                  RawSocket.CONTINUATION,
                  new byte[] {'x'},
                  true,
                  true,
                  0),
          f -> new Frame("protocol-control-too-long", RawSocket.PING, new byte[200], true, true, 0),
          f ->
              new Frame(
                  "protocol-fragmented-ping", RawSocket.PING, new byte[] {1}, false, true, 0));

  /** {@code count} broken frames, each kind in turn, their contents random. */
  List<Frame> frames(int count) {
    var frames = new ArrayList<Frame>(count);
    for (int i = 0; i < count; i++) {
      frames.add(frameMakers.get(i % frameMakers.size()).apply(this));
    }
    return frames;
  }

  /** A value for a number parameter ({@code limit_to}, {@code before}, {@code after}). */
  String number() {
    return switch (random.nextInt(4)) {
      case 0 ->
          pick(
              List.of(
                  "-1",
                  "-2",
                  "0",
                  "1",
                  "500",
                  "501",
                  "2147483647",
                  "2147483648",
                  "-2147483649",
                  "9223372036854775807",
                  "9223372036854775808",
                  "-9223372036854775809",
                  "1e3",
                  "0x10",
                  "1.5",
                  "",
                  " 5",
                  "\uFF15",
                  "NaN",
                  "+7",
                  "--1",
                  "٣"));
      case 1 -> String.valueOf(random.nextLong());
      case 2 -> String.valueOf(random.nextInt(2_000) - 1_000);
      default -> value();
    };
  }

  /** A path segment or query value as raw URL text: encoded, half-encoded, or broken on purpose. */
  String urlPart() {
    return switch (random.nextInt(6)) {
      case 0 ->
          pick(
              List.of(
                  "%zz",
                  "%",
                  "%00",
                  "%2e%2e%2f%2e%2e%2f",
                  "..%2f..%2f",
                  "%C0%AF",
                  "%FF%FE",
                  "%0d%0aSet-Cookie:%20fz=1",
                  "%E2%82",
                  "%25",
                  "%2F",
                  ";jsessionid=x",
                  "a%20b",
                  "x".repeat(8_000)));
      default -> encode(value());
    };
  }

  static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  long nextLong() {
    return random.nextLong();
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
