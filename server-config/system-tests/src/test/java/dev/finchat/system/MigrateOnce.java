package dev.finchat.system;

import dev.finchat.chat.infrastructure.SchemaMigrations;
import java.sql.DriverManager;

/**
 * A chat node's start, as far as the schema goes, in a JVM of its own: {@code URL USER PASSWORD}.
 */
public final class MigrateOnce {

  private MigrateOnce() {}

  public static void main(String[] args) throws Exception {
    try (var connection = DriverManager.getConnection(args[0], args[1], args[2])) {
      SchemaMigrations.apply(connection);
    }
  }
}
