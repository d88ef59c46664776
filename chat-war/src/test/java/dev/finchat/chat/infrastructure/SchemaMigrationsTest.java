package dev.finchat.chat.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

  @Test
  void anEmptyDatabaseGetsTheSchemaEclipseLinkMade() throws Exception {
    try (Connection migrated = DerbySchema.fresh();
        Connection eclipseLink = DerbySchema.fresh()) {
      SchemaMigrations.apply(migrated);
      DerbySchema.run(eclipseLink, "/db/eclipselink-derby.sql");
      DerbySchema.run(eclipseLink, "/db/since-eclipselink-derby.sql");

      assertEquals(DerbySchema.describe(eclipseLink), DerbySchema.describe(migrated));
      for (String table : TABLES) {
        assertEquals("EXECUTED", runKind(migrated, "001-" + table), table);
      }
    }
  }

  @Test
  void theTablesSinceEclipseLinkAreMadeToo() throws Exception {
    try (Connection database = DerbySchema.fresh()) {
      SchemaMigrations.apply(database);
      try (var statement = database.createStatement()) {
        statement.execute(
            "INSERT INTO LOGIN_TOKENS (TOKEN_HASH, CREATED_AT, EXPIRES_AT, USERNAME_KEY)"
                + " VALUES ('ab', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'ann')");
      }
      assertEquals("ann", single(database, "SELECT USERNAME_KEY FROM LOGIN_TOKENS"));
      assertEquals("EXECUTED", runKind(database, "003-login-tokens"));
    }
  }

  @Test
  void applyingAgainChangesNothingAndKeepsTheRows() throws Exception {
    try (Connection database = DerbySchema.fresh()) {
      SchemaMigrations.apply(database);
      insertOneOfEach(database);
      List<String> schema = DerbySchema.describe(database);
      List<String> history = history(database);

      SchemaMigrations.apply(database);

      assertEquals(schema, DerbySchema.describe(database));
      assertEquals(history, history(database));
      assertOneOfEach(database);
    }
  }

  @Test
  void aDatabaseEclipseLinkMadeIsAdoptedWithItsRows() throws Exception {
    try (Connection database = DerbySchema.fresh()) {
      DerbySchema.run(database, "/db/eclipselink-derby.sql");
      insertOneOfEach(database);

      SchemaMigrations.apply(database);

      try (Connection expected = DerbySchema.fresh()) {
        DerbySchema.run(expected, "/db/eclipselink-derby.sql");
        DerbySchema.run(expected, "/db/since-eclipselink-derby.sql");
        assertEquals(DerbySchema.describe(expected), DerbySchema.describe(database));
      }
      assertEquals("EXECUTED", runKind(database, "004-message-deleted"));
      assertEquals(List.of("MARK_RAN"), runKinds(database));
      assertOneOfEach(database);
    }
  }

  @Test
  void aDatabaseOfAnEarlierReleaseGetsTheColumnsAndIndexesItLacked() throws Exception {
    try (Connection database = DerbySchema.fresh();
        Connection current = DerbySchema.fresh()) {
      DerbySchema.run(database, "/db/eclipselink-derby-earlier-release.sql");
      try (var statement = database.createStatement()) {
        statement.execute(
            "INSERT INTO ROOMS (NAME, CREATED_AT, LAST_SEQ, VERSION)"
                + " VALUES ('lobby', CURRENT_TIMESTAMP, 1, 1)");
        statement.execute(
            "INSERT INTO MESSAGES (AUTHOR, AUTHOR_KEY, POSTED_AT, ROOM, SEQ, TEXT)"
                + " VALUES ('Ann', 'ann', CURRENT_TIMESTAMP, 'lobby', 1, 'from before')");
      }

      SchemaMigrations.apply(database);

      DerbySchema.run(current, "/db/eclipselink-derby.sql");
      DerbySchema.run(current, "/db/since-eclipselink-derby.sql");
      // Sorted: added columns come last in their table, as EclipseLink added them too.
      assertEquals(sorted(DerbySchema.describe(current)), sorted(DerbySchema.describe(database)));
      assertEquals("from before", single(database, "SELECT TEXT FROM MESSAGES WHERE SEQ = 1"));
      assertEquals("MARK_RAN", runKind(database, "001-messages"));
      assertEquals("EXECUTED", runKind(database, "001-audit-log"));
      assertEquals("EXECUTED", runKind(database, "001-rooms-archived-at"));
      assertEquals("EXECUTED", runKind(database, "001-messages-room-newest"));
    }
  }

  @Test
  void aChangesetEditedAfterItRanStopsTheMigrationWithOneLineSayingWhich() throws Exception {
    try (Connection database = DerbySchema.fresh()) {
      SchemaMigrations.apply(database);
      try (var statement = database.createStatement()) {
        statement.execute("UPDATE DATABASECHANGELOG SET MD5SUM = '9:0' WHERE ID = '001-rooms'");
      }

      var failure =
          assertThrows(IllegalStateException.class, () -> SchemaMigrations.apply(database));

      String message = failure.getMessage();
      assertTrue(message.startsWith("the database schema could not be migrated: "), message);
      assertTrue(message.contains("001-rooms"), message);
      assertFalse(message.contains("\n"), message);
    }
  }

  private static final List<String> TABLES = List.of("accounts", "rooms", "messages", "audit-log");

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }

  private static String runKind(Connection database, String changeset) throws SQLException {
    return single(
        database, "SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = '" + changeset + "'");
  }

  /** How the changesets of EclipseLink's schema were run, each kind once: EXECUTED, MARK_RAN. */
  private static List<String> runKinds(Connection database) throws SQLException {
    return column(
        database, "SELECT DISTINCT EXECTYPE FROM DATABASECHANGELOG WHERE ID < '003' ORDER BY 1");
  }

  private static List<String> history(Connection database) throws SQLException {
    return column(
        database,
        "SELECT ID || ' ' || EXECTYPE || ' ' || MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
  }

  private static void insertOneOfEach(Connection database) throws SQLException {
    try (var statement = database.createStatement()) {
      statement.execute(
          "INSERT INTO ACCOUNTS (CREATED_AT, DISPLAY_NAME, ENABLED, PASSWORD_HASH, ROLE, USERNAME,"
              + " USERNAME_KEY, VERSION) VALUES (CURRENT_TIMESTAMP, 'Ann', 1, 'hash', 'USER', 'Ann',"
              + " 'ann', 1)");
      statement.execute(
          "INSERT INTO ROOMS (NAME, CREATED_AT, LAST_SEQ, VERSION)"
              + " VALUES ('lobby', CURRENT_TIMESTAMP, 1, 1)");
      statement.execute(
          "INSERT INTO MESSAGES (AUTHOR, AUTHOR_KEY, POSTED_AT, ROOM, SEQ, TEXT)"
              + " VALUES ('Ann', 'ann', CURRENT_TIMESTAMP, 'lobby', 1, 'hello')");
      statement.execute(
          "INSERT INTO AUDIT_LOG (ACTION, ACTOR, OCCURRED_AT, TARGET)"
              + " VALUES ('DISABLE', 'root', CURRENT_TIMESTAMP, 'ann')");
    }
  }

  private static void assertOneOfEach(Connection database) throws SQLException {
    assertEquals("Ann", single(database, "SELECT DISPLAY_NAME FROM ACCOUNTS"));
    assertEquals("1", single(database, "SELECT LAST_SEQ FROM ROOMS WHERE NAME = 'lobby'"));
    assertEquals("hello", single(database, "SELECT TEXT FROM MESSAGES"));
    assertEquals("ann", single(database, "SELECT TARGET FROM AUDIT_LOG"));
  }

  private static String single(Connection database, String sql) throws SQLException {
    List<String> values = column(database, sql);
    assertEquals(1, values.size(), sql);
    return values.get(0);
  }

  private static List<String> column(Connection database, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var statement = database.createStatement();
        var rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
