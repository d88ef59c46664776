package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.finchat.chat.infrastructure.SchemaMigrations;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat node's migrations on PostgreSQL, without a server: they make the schema EclipseLink
 * made, adopt a database EclipseLink made with its rows, and let nodes that start at once on a new
 * database take turns.
 */
class SchemaMigrationsOnPostgresIT {

  private String adminUrl;
  private final List<String> databases = new ArrayList<>();

  @BeforeEach
  void postgres() {
    adminUrl = TestSystem.configuredDatabaseUrl();
  }

  @AfterEach
  void dropDatabases() throws SQLException {
    for (String database : databases) {
      PostgresDatabase.drop(adminUrl, database);
    }
  }

  @Test
  void nodesStartingAtOnceOnAnEmptyDatabaseMakeTheSchemaEclipseLinkMade() throws Exception {
    String migrated = fresh("migrated");
    // Separate JVMs, as nodes are: Liquibase's services are shared within one.
    String java = ProcessHandle.current().info().command().orElse("java");
    List<Process> nodes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      nodes.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  MigrateOnce.class.getName(),
                  migrated,
                  PostgresDatabase.USER,
                  PostgresDatabase.PASSWORD)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start());
    }
    for (Process node : nodes) {
      assertTrue(node.waitFor(3, TimeUnit.MINUTES), "a node still migrating after 3 minutes");
      assertEquals(0, node.exitValue(), "a node failed to migrate");
    }

    try (Connection eclipseLink = connect(fresh("eclipselink"));
        Connection database = connect(migrated)) {
      runEclipseLinkDdl(eclipseLink);
      run(eclipseLink, "/db/since-eclipselink-postgresql.sql");
      assertEquals(describe(eclipseLink), describe(database));
      assertEquals(
          List.of("14"),
          column(database, "SELECT COUNT(DISTINCT id) FROM databasechangelog"),
          "each changeset recorded once");
    }
  }

  @Test
  void aDatabaseEclipseLinkMadeIsAdoptedWithItsRows() throws Exception {
    try (Connection database = connect(fresh("adopted"))) {
      runEclipseLinkDdl(database);
      try (var statement = database.createStatement()) {
        statement.execute(
            "INSERT INTO rooms (name, created_at, last_seq, version)"
                + " VALUES ('lobby', now(), 1, 1)");
        statement.execute(
            "INSERT INTO messages (author, author_key, posted_at, room, seq, text)"
                + " VALUES ('Ann', 'ann', now(), 'lobby', 1, 'kept')");
      }

      SchemaMigrations.apply(database);
      SchemaMigrations.apply(database);

      try (Connection expected = connect(fresh("expected"))) {
        runEclipseLinkDdl(expected);
        run(expected, "/db/since-eclipselink-postgresql.sql");
        assertEquals(describe(expected), describe(database));
      }
      assertEquals(List.of("kept"), column(database, "SELECT text FROM messages"));
      assertEquals(
          List.of("MARK_RAN"),
          column(database, "SELECT DISTINCT exectype FROM databasechangelog WHERE id < '003'"));
    }
  }

  private String fresh(String prefix) throws SQLException {
    String url = PostgresDatabase.createFresh(adminUrl, "finchat_schema_" + prefix);
    databases.add(url);
    return url;
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
  }

  private static void runEclipseLinkDdl(Connection connection) throws Exception {
    run(connection, "/db/eclipselink-postgresql.sql");
  }

  private static void run(Connection connection, String resource) throws Exception {
    String script;
    try (InputStream in = SchemaMigrationsOnPostgresIT.class.getResourceAsStream(resource)) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (var statement = connection.createStatement()) {
      for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  /**
   * Columns, constraints and indexes of finchat's tables as PostgreSQL states them, but for the
   * tables migrations made after EclipseLink (not in its captured schema).
   */
  private static List<String> describe(Connection connection) throws SQLException {
    List<String> lines = new ArrayList<>();
    lines.addAll(
        column(
            connection,
            "SELECT concat_ws(' ', table_name, ordinal_position, column_name, data_type,"
                + " character_maximum_length, is_nullable, column_default)"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name NOT LIKE 'databasechangelog%' AND table_name <> 'login_tokens'"
                + " ORDER BY table_name, ordinal_position"));
    lines.addAll(
        column(
            connection,
            "SELECT concat_ws(' ', conrelid::regclass, conname, pg_get_constraintdef(oid))"
                + " FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"
                + " AND conrelid::regclass::text NOT LIKE 'databasechangelog%'"
                + " AND conrelid::regclass::text <> 'login_tokens' ORDER BY 1"));
    lines.addAll(
        column(
            connection,
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND tablename NOT LIKE 'databasechangelog%' AND tablename <> 'login_tokens'"
                + " ORDER BY indexname"));
    return lines;
  }

  private static List<String> column(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
