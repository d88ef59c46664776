package dev.finchat.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Faults a RabbitMQ node of a run's own ({@code ./finchat up --rabbitmq}) makes on request, through
 * its {@code rabbitmqctl}: the node name and Erlang cookie are the run's, as the launcher makes
 * them. RabbitMQ's management and {@code rabbitmqctl} commands end whole connections only; an
 * {@code eval} reaches the channels inside one.
 */
final class RabbitMqFaults {

  /** What a queue's name may hold, so that it is safe inside the Erlang expression. */
  private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

  /**
   * Under the AMQP 1.0 plugin of RabbitMQ 3.10 each AMQP session is backed by a channel, and the
   * session process ends the session, with the channel's error, when that channel closes. Each
   * channel consuming the queue is made to fail as on a client's protocol error: an acknowledgement
   * of a delivery it never made ("unknown delivery tag") closes it with PRECONDITION_FAILED, the
   * session ends and the connection stays up. Prints how many channels it failed. finchat's queues
   * live in the default virtual host.
   */
  private static final String END_SESSIONS =
      """
      {ok, Q} = rabbit_amqqueue:lookup(rabbit_misc:r(<<"/">>, queue, <<"%s">>)),
      Channels = lists:usort([element(1, C) || C <- rabbit_amqqueue:consumers(Q)]),
      [rabbit_channel:do(Ch, {'basic.ack', 16#7fffffff, false}) || Ch <- Channels],
      length(Channels).
      """;

  private RabbitMqFaults() {}

  /**
   * Ends the session of every consumer of {@code queue} on the RabbitMQ node the run in {@code
   * runDir} owns; fails when nothing consumed it, since then nothing was broken.
   */
  static void endSessionsConsuming(Path runDir, String queue)
      throws IOException, InterruptedException {
    if (!QUEUE_NAME.matcher(queue).matches()) {
      throw new IllegalArgumentException("not a queue name: " + queue);
    }
    String printed = rabbitmqctl(runDir, "eval", END_SESSIONS.formatted(queue)).trim();
    if (printed.equals("0")) {
      throw new IllegalStateException("nothing consumes " + queue + " on " + node(runDir));
    }
  }

  /** Runs the node's {@code rabbitmqctl} with {@code arguments}; what it printed. */
  private static String rabbitmqctl(Path runDir, String... arguments)
      throws IOException, InterruptedException {
    // RabbitMQ's own script, not Debian's wrapper in /usr/sbin, which switches to its own user.
    Path own = Path.of("/usr/lib/rabbitmq/bin/rabbitmqctl");
    var command =
        new ArrayList<>(
            List.of(
                Files.isExecutable(own) ? own.toString() : "rabbitmqctl",
                "-n",
                node(runDir),
                "-q"));
    command.addAll(List.of(arguments));
    Path output = Files.createTempFile("finchat-rabbitmqctl-", ".out");
    try {
      var builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(output.toFile());
      // The run's Erlang cookie lives in the node's home.
      builder.environment().put("HOME", runDir.resolve("rabbitmq").toString());
      Process process = builder.start();
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("rabbitmqctl did not finish within a minute");
      }
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "rabbitmqctl " + arguments[0] + " exited " + process.exitValue() + ": " + printed);
      }
      return printed;
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /**
   * The node's name, as the launcher gives it: after the AMQP port it listens on, which the
   * launcher records in {@code broker.embedded} for the run's own broker of either kind.
   */
  private static String node(Path runDir) throws IOException {
    return "finchat" + Files.readString(runDir.resolve("broker.embedded")).trim() + "@localhost";
  }
}
