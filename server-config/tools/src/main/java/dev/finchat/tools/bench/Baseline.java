package dev.finchat.tools.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The bare broadcast endpoint that m2 and m3 measure finchat against ({@code bench-baseline.war}).
 * A production chat node does not have it: the launcher deploys it beside chat.war only when asked.
 */
final class Baseline {

  private Baseline() {}

  /** Refuses to measure, saying how to get the endpoint, when chat node 1 does not have it. */
  static void require(Target target) {
    int port = target.chatNodePort(1);
    try {
      HttpClient.newHttpClient()
          .newWebSocketBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .buildAsync(
              URI.create("ws://127.0.0.1:" + port + RoomBroadcast.BareEndpoint.PATH),
              new WebSocket.Listener() {})
          .get(20, TimeUnit.SECONDS)
          .sendClose(WebSocket.NORMAL_CLOSURE, "checked");
    } catch (Exception e) {
      throw new IllegalStateException(
          "m2 and m3 measure finchat beside a bare WebSocket endpoint in the same server, and the"
              + " chat node on port "
              + port
              + " does not have it ("
              + RoomBroadcast.BareEndpoint.PATH
              + "). Let bench start its own system ('./finchat down', then './finchat bench …'),"
              + " or start yours with it: FINCHAT_BENCH_BASELINE=1 ./finchat up --stub");
    }
  }
}
