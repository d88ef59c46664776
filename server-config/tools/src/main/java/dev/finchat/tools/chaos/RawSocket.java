package dev.finchat.tools.chaos;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A chat page's WebSocket written byte by byte (RFC 6455), so that the fuzz can send what no
 * well-behaved client library would: binary and huge frames, invalid UTF-8, broken framing. Every
 * frame the server sends back is kept, as is how the connection ended.
 */
final class RawSocket implements AutoCloseable {

  static final int TEXT = 0x1;
  static final int BINARY = 0x2;
  static final int CONTINUATION = 0x0;
  static final int CLOSE = 0x8;
  static final int PING = 0x9;

  /** A frame the server sent: text (opcode 1, reassembled), close (8, with code) or the end. */
  record Heard(int opcode, String text, int closeCode) {

    static final Heard END = new Heard(-1, "", -1);

    boolean isText() {
      return opcode == TEXT;
    }

    boolean isClose() {
      return opcode == CLOSE;
    }

    boolean isEnd() {
      return opcode == -1;
    }
  }

  private final Socket socket;
  private final OutputStream out;
  private final BlockingQueue<Heard> heard = new LinkedBlockingQueue<>();
  private final Random masks = new Random();
  private final Thread reader;

  /** Opens {@code /ws/chat/<room>} as a page of this site with {@code cookie}'s session. */
  RawSocket(int port, String cookie, String room) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(10_000);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    byte[] nonce = new byte[16];
    masks.nextBytes(nonce);
    String request =
        "GET /ws/chat/"
            + room
            + " HTTP/1.1\r\nHost: localhost:"
            + port
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            + "Sec-WebSocket-Key: "
            + Base64.getEncoder().encodeToString(nonce)
            + "\r\nOrigin: http://localhost:"
            + port
            + "\r\nCookie: "
            + cookie
            + "\r\n\r\n";
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    var in = new DataInputStream(socket.getInputStream());
    String head = head(in);
    if (!head.startsWith("HTTP/1.1 101")) {
      byte[] body = new byte[300];
      int read = 0;
      try {
        socket.setSoTimeout(1_000);
        read = Math.max(0, in.read(body));
      } catch (IOException ignored) {
        // The status line says enough.
      }
      socket.close();
      throw new IOException(
          "handshake refused: "
              + head.replace("\r\n", " | ")
              + new String(body, 0, read, StandardCharsets.UTF_8));
    }
    socket.setSoTimeout(0);
    reader = new Thread(() -> read(in), "raw-socket-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private static String head(DataInputStream in) throws IOException {
    var head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed during the handshake");
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private void read(DataInputStream in) {
    var message = new ByteArrayOutputStream();
    try {
      while (true) {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
          length = in.readUnsignedShort();
        } else if (length == 127) {
          length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        int opcode = first & 0x0F;
        if (opcode == CLOSE) {
          int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
          String reason =
              payload.length > 2
                  ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)
                  : "";
          heard.add(new Heard(CLOSE, reason, code));
          break;
        }
        if (opcode == PING) {
          send(0xA, payload, true);
          continue;
        }
        if (opcode == TEXT || opcode == CONTINUATION) {
          message.write(payload);
          if ((first & 0x80) != 0) {
            heard.add(new Heard(TEXT, message.toString(StandardCharsets.UTF_8), -1));
            message.reset();
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // The connection ended, with or without a close frame.
    }
    heard.add(Heard.END);
  }

  /** Sends one frame; {@code masked} false breaks the protocol (a client must mask). */
  synchronized void send(int opcode, byte[] payload, boolean fin, boolean masked, int rsv)
      throws IOException {
    var frame = new ByteArrayOutputStream(payload.length + 14);
    frame.write((fin ? 0x80 : 0) | (rsv & 0x7) << 4 | (opcode & 0x0F));
    int mask = masked ? 0x80 : 0;
    if (payload.length < 126) {
      frame.write(mask | payload.length);
    } else if (payload.length < 65_536) {
      frame.write(mask | 126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length & 0xFF);
    } else {
      frame.write(mask | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) payload.length >>> shift) & 0xFF);
      }
    }
    if (masked) {
      byte[] key = new byte[4];
      masks.nextBytes(key);
      frame.write(key);
      byte[] masked_ = new byte[payload.length];
      for (int i = 0; i < payload.length; i++) {
        masked_[i] = (byte) (payload[i] ^ key[i % 4]);
      }
      frame.write(masked_);
    } else {
      frame.write(payload);
    }
    out.write(frame.toByteArray());
    out.flush();
  }

  void send(int opcode, byte[] payload, boolean fin) throws IOException {
    send(opcode, payload, fin, true, 0);
  }

  /** A chat line as the page sends it. */
  void say(String text) throws IOException {
    sendText("{\"text\":" + History.quote(text) + "}");
  }

  void sendText(String frame) throws IOException {
    send(TEXT, frame.getBytes(StandardCharsets.UTF_8), true);
  }

  /** The next frame or end the server sent within {@code millis}, or null. */
  Heard next(long millis) throws InterruptedException {
    return heard.poll(millis, TimeUnit.MILLISECONDS);
  }

  /**
   * The next frame but who is online or typing (and room messages, unless {@code ownMessages}), or
   * the end, within {@code millis}; null if none.
   */
  Heard nextAnswer(long millis, boolean ownMessages) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (true) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      Heard frame = left <= 0 ? null : next(left);
      if (frame == null || !frame.isText() || !ambient(frame.text(), ownMessages)) {
        return frame;
      }
    }
  }

  private static boolean ambient(String frame, boolean ownMessages) {
    return frame.contains("\"kind\":\"presence\"")
        || frame.contains("\"kind\":\"typing\"")
        || !ownMessages && frame.contains("\"kind\":\"message\"");
  }

  @Override
  public void close() {
    try {
      send(CLOSE, new byte[] {0x03, (byte) 0xE8}, true);
    } catch (IOException ignored) {
      // Already gone.
    }
    try {
      socket.setSoTimeout(1_000);
      reader.join(1_000);
      socket.close();
    } catch (IOException | InterruptedException ignored) {
      // Closing anyway.
    }
  }
}
