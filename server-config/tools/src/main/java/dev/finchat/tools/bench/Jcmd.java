package dev.finchat.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's {@code jcmd}, run against the chat node from outside: the bench runs on the node's
 * machine and the launcher names its PID.
 */
final class Jcmd {

  private Jcmd() {}

  /** Runs {@code command} in process {@code pid} and returns what it printed. */
  static String run(long pid, String... command) throws IOException, InterruptedException {
    var line = new ArrayList<String>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    line.add(String.valueOf(pid));
    line.addAll(List.of(command));
    var process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // A class histogram of a big heap takes a while.
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("jcmd " + pid + " " + String.join(" ", command) + " failed: " + output);
    }
    return output;
  }
}
