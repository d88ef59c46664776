package dev.finchat.chat.users.control;

import dev.finchat.chat.shared.PageConnection;
import java.util.List;
import java.util.function.Consumer;

/** An open chat page for tests: it writes each close it gets into {@code done}, in order. */
record RecordingPage(String id, String username, List<String> done) implements PageConnection {

  @Override
  public void send(String frame, Consumer<Throwable> sent) {}

  @Override
  public void close(int code, String why) {
    done.add("closed " + id + " " + code + " " + why);
  }
}
