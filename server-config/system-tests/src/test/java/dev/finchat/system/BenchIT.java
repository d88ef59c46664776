package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ./finchat bench --quick} works on a running system: it measures, prints its table and
 * writes both files. It checks the harness, never a time.
 */
class BenchIT {

  @Test
  void theQuickBenchmarkMeasuresTheCommandRoundTripBesideItsBaseline() throws Exception {
    var system = TestSystem.system("embedded");
    Path results = Path.of(TestSystem.projectDir(), "target", "bench");
    Files.deleteIfExists(results.resolve("results.json"));

    String printed = system.run(Duration.ofMinutes(3), "bench", "--quick", "m1");

    assertTrue(printed.contains("m1.20/s.p50"), printed);
    assertTrue(printed.contains("100 (0) / 100 (0)"), "every command answered: " + printed);
    String json = Files.readString(results.resolve("results.json"));
    assertTrue(
        Pattern.compile(
                "\\{\"name\": \"m1.20/s.p99\", \"unit\": \"ms\", \"value\": [0-9.]+,"
                    + " \"baseline\": [0-9.]+, \"ratio\": [0-9.]+\\}")
            .matcher(json)
            .find(),
        json);
    assertTrue(json.contains("\"cores\""), json);
    assertTrue(Files.readString(results.resolve("report.html")).contains("<svg"));
  }

  @Test
  void theQuickBenchmarkMeasuresStoringBesidePlainInserts() throws Exception {
    var system = TestSystem.system("embedded");

    String printed = system.run(Duration.ofMinutes(4), "bench", "--quick", "m5");

    assertTrue(printed.contains("m5.200/s.stored"), printed);
    assertTrue(printed.contains("1000 (0) / 1000 (0)"), "every message stored: " + printed);
  }

  @Test
  void historyIsMeasuredWhereTheBenchmarkCanReachTheDatabase() throws Exception {
    var system = TestSystem.system("configured");

    String printed = system.run(Duration.ofMinutes(4), "bench", "--quick", "m4");

    assertTrue(printed.contains("m4.page.100k.p99"), printed);
    assertTrue(printed.contains("m4.api.1k.p50"), printed);
    assertTrue(printed.contains("100 (0) / 100 (0)"), "every read answered: " + printed);
    assertTrue(printed.contains("m4.page.1k.refused"), "refusals are a figure: " + printed);
  }

  @Test
  void historyIsNotMeasuredOnDerbyWhichTheBenchmarkCannotReach() throws Exception {
    var system = TestSystem.system("embedded");

    var refused =
        assertThrows(AssertionError.class, () -> system.run(Duration.ofMinutes(1), "bench", "m4"));

    assertTrue(refused.getMessage().contains("start finchat on PostgreSQL"), refused.getMessage());
  }

  /**
   * m0, m2 and m3 on a system that bench starts itself, as a user without a running system would:
   * m0 loads it the moment {@code up} returns, and the launcher deploys the baseline endpoint
   * beside chat.war and raises the message allowance.
   */
  @Test
  void theQuickBenchmarkMeasuresAColdNodeThenBroadcastAndIdlePagesBesideTheBareEndpoint()
      throws Exception {
    var own = new RunningSystem("bench", null, Optional.empty());
    Path results = Path.of(TestSystem.projectDir(), "target", "bench");
    Files.deleteIfExists(results.resolve("results.json"));

    String printed = own.run(Duration.ofMinutes(20), "bench", "--quick", "m0", "m2", "m3");

    assertTrue(printed.contains("m0.20/s.p99"), printed);
    assertTrue(printed.contains("m0.page.2/s.p99"), printed);
    assertTrue(printed.contains("m0 cold   0–  5 s: commands"), "read in windows: " + printed);
    assertTrue(
        printed.contains("m0 cold: commands 200 answered, 0 failed; pages 20 loaded, 0 failed"),
        "every command answered and page loaded: " + printed);
    assertTrue(
        printed.contains("m0 warm: commands 200 answered, 0 failed; pages 20 loaded, 0 failed"),
        "the baseline too: " + printed);

    assertTrue(printed.contains("m2.100.last.p99"), printed);
    assertTrue(printed.contains("30 (0) / 30 (0)"), "every message reached every page: " + printed);
    assertTrue(printed.contains("m3.200.heap"), printed);
    assertTrue(printed.contains("200 (0) / 200 (0)"), "every idle page opened: " + printed);
    String json = Files.readString(results.resolve("results.json"));
    assertTrue(
        Pattern.compile(
                "\\{\"name\": \"m2.100.fanout\", \"unit\": \"/s\", \"value\": [0-9.]+,"
                    + " \"baseline\": [0-9.]+, \"ratio\": [0-9.]+\\}")
            .matcher(json)
            .find(),
        json);
    assertTrue(json.contains("\"m3.200.heap\""), json);
    assertTrue(
        Pattern.compile("\\{\"name\": \"m0.up\", \"unit\": \"s\", \"value\": [0-9.]+,")
            .matcher(json)
            .find(),
        json);
    // No signed-in page load or handshake refused, none of them asked again.
    for (String refused : List.of("m2.100.refused", "m3.200.refused")) {
      assertTrue(
          json.contains(
              "{\"name\": \""
                  + refused
                  + "\", \"unit\": \"req\", \"value\": 0.000, \"baseline\": 0.000,"
                  + " \"ratio\": 1.000}"),
          json);
    }
    assertTrue(Files.readString(results.resolve("report.html")).contains("heap growth by class"));
    assertTrue(
        !Files.exists(Path.of(TestSystem.deployDir()).getParent().resolve("e2e-bench/chat-1.pid")),
        "bench stopped the system it started");
  }
}
