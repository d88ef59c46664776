package dev.finchat.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/** Fresh PostgreSQL databases for test runs, owned by the role the chat node signs in as. */
final class PostgresDatabase {

  static final String USER = "finchat";
  static final String PASSWORD = "finchat";

  private PostgresDatabase() {}

  /**
   * Creates an empty database named {@code prefix} plus a unique suffix on the server of {@code
   * adminUrl}, and returns its JDBC URL (without credentials).
   */
  static String createFresh(String adminUrl, String prefix) throws SQLException {
    String name = (prefix + "_" + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
    try (Connection admin = DriverManager.getConnection(adminUrl);
        var statement = admin.createStatement()) {
      statement.execute(
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + USER
              + "') THEN CREATE ROLE "
              + USER
              + " LOGIN PASSWORD '"
              + PASSWORD
              + "'; END IF; END $$");
      statement.execute("CREATE DATABASE " + name + " OWNER " + USER);
    }
    return serverOf(adminUrl) + "/" + name;
  }

  /** Drops a database {@link #createFresh} made, once nothing uses it any more. */
  static void drop(String adminUrl, String databaseUrl) throws SQLException {
    String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
    try (Connection admin = DriverManager.getConnection(adminUrl);
        var statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  /** Runs one query returning a count, as the chat node's own user. */
  static long count(String databaseUrl, String sql, String parameter) throws SQLException {
    try (Connection connection = DriverManager.getConnection(databaseUrl, USER, PASSWORD);
        var query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * Runs one change as the chat node's own user, behind the chat nodes' backs; returns how many
   * rows it changed.
   */
  static int update(String databaseUrl, String sql, String parameter) throws SQLException {
    try (Connection connection = DriverManager.getConnection(databaseUrl, USER, PASSWORD);
        var update = connection.prepareStatement(sql)) {
      update.setString(1, parameter);
      return update.executeUpdate();
    }
  }

  /** {@code jdbc:postgresql://host:port} of a JDBC URL. */
  private static String serverOf(String url) {
    String rest = url.substring("jdbc:postgresql://".length());
    int slash = rest.indexOf('/');
    return "jdbc:postgresql://" + (slash < 0 ? rest : rest.substring(0, slash));
  }
}
