package dev.finchat.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test run's own: Debian's {@code initdb} and {@code pg_ctl} in a
 * temporary directory, listening on a free loopback port and trusting whoever connects there, so
 * that the tests need no server of the machine's. As root it runs as the {@code postgres} user,
 * since PostgreSQL refuses to run as root.
 */
final class PostgresServer {

  private static final String SUPERUSER = "postgres";

  private final Path bin;
  private final Path data;
  private final int port;

  private PostgresServer(Path bin, Path data, int port) {
    this.bin = bin;
    this.data = data;
    this.port = port;
  }

  /** Creates a cluster in a new temporary directory and starts it. */
  static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries();
    Path home = Files.createTempDirectory("finchat-test-postgres");
    Path data = home.resolve("data");
    if (asRoot()) {
      var owner = home.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(home, owner.lookupPrincipalByName(SUPERUSER));
    }
    var server = new PostgresServer(bin, data, TestSystem.freePort());
    server.run(
        "initdb",
        "-D",
        data.toString(),
        "-U",
        SUPERUSER,
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync");
    // Test data only: no fsync, and the socket beside the data, not in /run/postgresql.
    server.run(
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        home.resolve("server.log").toString(),
        "-w",
        "-t",
        "120",
        "-o",
        "-p "
            + server.port
            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
            + home
            + " -c fsync=off -c max_connections=200",
        "start");
    return server;
  }

  /** The JDBC URL of the superuser, who may create databases and roles. */
  String adminUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + SUPERUSER;
  }

  void stop() {
    try {
      run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    } catch (IOException | InterruptedException | IllegalStateException e) {
      System.err.println("could not stop the tests' PostgreSQL: " + e.getMessage());
    }
  }

  private void run(String program, String... arguments) throws IOException, InterruptedException {
    var command = new ArrayList<String>();
    if (asRoot()) {
      command.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    Path output = Files.createTempFile("finchat-test-postgres", ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean ended = process.waitFor(3, TimeUnit.MINUTES);
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    if (!ended || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + printed);
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The newest PostgreSQL that Debian installed, or the one on the PATH. */
  private static Path binaries() throws IOException {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        var newest =
            versions
                .filter(version -> version.getFileName().toString().matches("\\d+"))
                .filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                .max(
                    Comparator.comparingInt(
                        version -> Integer.parseInt(version.getFileName().toString())));
        if (newest.isPresent()) {
          return newest.get().resolve("bin");
        }
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb"))) {
        return Path.of(dir);
      }
    }
    throw new IllegalStateException(
        "the tests need PostgreSQL's initdb and pg_ctl (Debian: apt-get install postgresql)");
  }
}
