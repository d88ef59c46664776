package dev.finchat.chat.history.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /api}: the chat page's own data, and what tests read. */
@ApplicationPath("/api")
public class HistoryApi extends Application {}
