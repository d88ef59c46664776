package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    String printed = system.run(Duration.ofMinutes(3), "bench", "--quick");

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
}
