package dev.finchat.chat.rooms.boundary;

import dev.finchat.chat.commands.control.ChatInput;
import dev.finchat.chat.commands.control.CommandDispatcher;
import dev.finchat.chat.commands.control.CommandParser;
import dev.finchat.chat.commands.control.LiveCatalogue;
import dev.finchat.chat.history.control.RoomArchived;
import dev.finchat.chat.infrastructure.SessionTimers;
import dev.finchat.chat.rooms.control.ChatSessions;
import dev.finchat.chat.rooms.control.Frames;
import dev.finchat.chat.rooms.control.MessageAllowance;
import dev.finchat.chat.rooms.control.RoomFeed;
import dev.finchat.chat.rooms.control.RoomPosts;
import dev.finchat.chat.rooms.control.RoomPresence;
import dev.finchat.chat.rooms.control.RoomTraffic;
import dev.finchat.chat.users.control.LiveSessions;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A chat page's live connection to its room: messages go to the room, commands to the bots. */
@ServerEndpoint("/ws/chat/{room}")
public class ChatEndpoint {

  private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());

  /**
   * Frames beyond this size are closed with 1009 (too big) by the container before they reach the
   * endpoint. The session's buffer size alone does not limit them: Tyrus reads and parses frames up
   * to its 4 MiB buffer whole.
   */
  private static final int MAX_FRAME_CHARS = 16 * 1024;

  /**
   * The close code of a page closed for flooding its room (application range; the page waits before
   * it reconnects).
   */
  static final CloseReason.CloseCode FLOODING = CloseReason.CloseCodes.getCloseCode(4429);

  @Inject ChatSessions sessions;
  @Inject CommandDispatcher commands;
  @Inject LiveCatalogue catalogue;
  @Inject RoomPosts rooms;
  @Inject RoomFeed feed;
  @Inject RoomPresence presence;
  @Inject RoomTraffic traffic;
  @Inject LiveSessions live;
  @Inject MessageAllowance allowance;
  @Inject SessionTimers timers;

  @OnOpen
  public void open(Session session, @PathParam("room") String room) throws IOException {
    session.setMaxTextMessageBufferSize(MAX_FRAME_CHARS);
    timers.adopt(session);
    if (!rooms.exists(room)) {
      session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "No such room"));
      return;
    }
    var shutOut = allowance.shutOut(author(session));
    if (shutOut.isPresent()) {
      // Its author's page was closed for flooding a moment ago, and this one may not have heard
      // (a close frame can be lost): it is told the rest of the wait in a frame, then closed.
      String reason = MessageAllowance.shutOutReason(shutOut.get());
      session
          .getBasicRemote()
          .sendText(Frames.flooded(reason, MessageAllowance.seconds(shutOut.get())));
      session.close(new CloseReason(FLOODING, reason));
      return;
    }
    feed.joined(room);
    var page = WebSocketPage.opened(session, room);
    sessions.opened(page, room);
    presence.changed(room);
    live.chatOpened(page);
  }

  @OnMessage(maxMessageSize = MAX_FRAME_CHARS)
  public void receive(Session session, String frame) {
    var inbound = Frames.read(frame);
    if (inbound.typing()) {
      String typing = Frames.typing(author(session));
      sessions.broadcastExcept(roomOf(session), session.getId(), typing);
      traffic.publishTyping(roomOf(session), typing);
      return;
    }
    if (!inbound.readable()) {
      sessions.send(session.getId(), Frames.notice("That message could not be read.", true));
      return;
    }
    ChatInput input = CommandParser.parse(inbound.text(), catalogue);
    if (input instanceof ChatInput.Text text) {
      post(session, text.text());
    } else if (input instanceof ChatInput.Command command) {
      commands.dispatch(session.getId(), author(session), command);
    } else if (input instanceof ChatInput.Help help) {
      String prefix = help.problem() == null ? "" : help.problem() + " ";
      sessions.send(session.getId(), Frames.notice(prefix + catalogue.help(), false));
    } else if (input instanceof ChatInput.Refused refused) {
      boolean command = inbound.text().strip().startsWith("/");
      sessions.send(
          session.getId(),
          command
              ? Frames.notice(refused.reason(), true)
              : Frames.notSent(refused.reason(), inbound.text()));
    }
  }

  /** A page sends text; anything else would otherwise vanish without a word to its sender. */
  @OnMessage
  public void receive(Session session, ByteBuffer frame) {
    sessions.send(
        session.getId(), Frames.notice("That message could not be read: send text only.", true));
  }

  private void post(Session session, String text) {
    var refused = allowance.take(author(session));
    if (refused.isPresent()) {
      sessions.send(session.getId(), Frames.notSent(refused.get().reason(), text));
      if (refused.get().closePage()) {
        // The page says why and reconnects after the pause it is told (chat.js); what it sent
        // meanwhile it is told of then. Should it come back early, it is told again (open).
        var wait = allowance.shutOut(author(session)).orElse(MessageAllowance.SHUT_OUT);
        sessions.close(
            WebSocketPage.of(session), FLOODING.getCode(), MessageAllowance.shutOutReason(wait));
      }
      return;
    }
    String sessionId = session.getId();
    boolean queued =
        rooms.post(
            roomOf(session),
            author(session),
            text,
            failure -> sessions.send(sessionId, Frames.notSent(whyNotStored(failure), text)));
    if (!queued) {
      sessions.send(
          sessionId,
          Frames.notSent("The room is too busy right now: please send your message again.", text));
    }
  }

  private static String whyNotStored(RuntimeException failure) {
    if (failure instanceof RoomArchived archived) {
      return archived.getMessage();
    }
    return "Your message could not be saved. Please send it again.";
  }

  /** The room the page opened; null if it opened none (there was no such room). */
  private static String roomOf(Session session) {
    var page = WebSocketPage.of(session);
    return page == null ? null : page.room();
  }

  // web.xml lets only signed-in people open /ws/*: the principal is always there.
  private static String author(Session session) {
    var principal = session.getUserPrincipal();
    return principal == null ? "someone" : principal.getName();
  }

  @OnClose
  public void close(Session session, CloseReason reason) {
    var page = WebSocketPage.of(session);
    if (page == null) {
      return; // its room did not exist: it was never opened here
    }
    if (sessions.closed(page)) {
      presence.changed(page.room());
    }
    live.chatClosed(page);
  }

  @OnError
  public void error(Session session, Throwable error) {
    LOG.log(Level.FINE, "WebSocket error on " + session.getId(), error);
  }
}
