package dev.finchat.bots.commands.control;

import java.util.function.Function;

/**
 * A bot as the failure policy sees it: its name (for the asker and the logs), the queue its
 * commands come from, and what it answers to an argument.
 */
public record Bot(String name, String queue, Function<String, BotReply> answers) {}
