package dev.finchat.chat.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * In-memory Derby databases for schema tests, and what a test compares of their schemas: tables,
 * columns with their types, defaults and nullability, primary keys, indexes with their order, and
 * named unique constraints. Names Derby makes up itself ({@code SQL…}) are left out.
 */
final class DerbySchema {

  private DerbySchema() {}

  /** A new, empty in-memory database, and one connection to it. */
  static Connection fresh() throws SQLException {
    return DriverManager.getConnection(url(UUID.randomUUID().toString()) + ";create=true");
  }

  static String url(String name) {
    return "jdbc:derby:memory:" + name;
  }

  /** Runs a script of {@code ;}-terminated statements from the test resources. */
  static void run(Connection connection, String resource) throws SQLException, IOException {
    String script;
    try (InputStream in = DerbySchema.class.getResourceAsStream(resource)) {
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

  /** One line per table, column, key, index column and named unique constraint, in order. */
  static List<String> describe(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    List<String> lines = new ArrayList<>();
    for (String table : tables(meta, schema)) {
      lines.add("table " + table);
      try (ResultSet columns = meta.getColumns(null, schema, table, "%")) {
        while (columns.next()) {
          lines.add(
              String.join(
                  " ",
                  "column",
                  table,
                  columns.getString("COLUMN_NAME"),
                  columns.getString("TYPE_NAME"),
                  columns.getString("COLUMN_SIZE"),
                  "nullable=" + columns.getString("IS_NULLABLE"),
                  "default=" + columns.getString("COLUMN_DEF"),
                  "generated=" + columns.getString("IS_AUTOINCREMENT")));
        }
      }
      try (ResultSet key = meta.getPrimaryKeys(null, schema, table)) {
        while (key.next()) {
          lines.add("primary key " + table + " " + key.getString("COLUMN_NAME"));
        }
      }
      try (ResultSet index = meta.getIndexInfo(null, schema, table, false, false)) {
        while (index.next()) {
          String name = index.getString("INDEX_NAME");
          lines.add(
              String.join(
                  " ",
                  "index",
                  table,
                  name.startsWith("SQL") ? "(unnamed)" : name,
                  index.getBoolean("NON_UNIQUE") ? "" : "unique",
                  index.getString("COLUMN_NAME"),
                  index.getString("ASC_OR_DESC")));
        }
      }
    }
    try (var query =
        connection.prepareStatement(
            "SELECT t.TABLENAME, c.CONSTRAINTNAME FROM SYS.SYSCONSTRAINTS c"
                + " JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID"
                + " JOIN SYS.SYSSCHEMAS s ON c.SCHEMAID = s.SCHEMAID"
                + " WHERE s.SCHEMANAME = ? AND c.TYPE = 'U' AND c.CONSTRAINTNAME NOT LIKE 'SQL%'"
                + " ORDER BY 1, 2")) {
      query.setString(1, schema);
      try (ResultSet constraints = query.executeQuery()) {
        while (constraints.next()) {
          lines.add("unique " + constraints.getString(1) + " " + constraints.getString(2));
        }
      }
    }
    return lines;
  }

  /** The tables of {@code schema} but Liquibase's own. */
  /**
   * Tables that migrations made after EclipseLink stopped making the schema: not in the captured
   * EclipseLink schema, so left out of comparisons with it (their own tests check them).
   */
  static final List<String> SINCE_ECLIPSELINK = List.of("LOGIN_TOKENS");

  private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String table = rows.getString("TABLE_NAME");
        if (!table.startsWith("DATABASECHANGELOG") && !SINCE_ECLIPSELINK.contains(table)) {
          tables.add(table);
        }
      }
    }
    tables.sort(null);
    return tables;
  }
}
