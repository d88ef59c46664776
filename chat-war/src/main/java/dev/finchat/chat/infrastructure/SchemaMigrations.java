package dev.finchat.chat.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database's schema up to the chat node's changelog with Liquibase: creates it in an empty
 * database, adopts one that EclipseLink created, and applies whatever changesets are new. Nodes
 * that start at once on one database take turns: Liquibase holds a lock row (DATABASECHANGELOGLOCK)
 * while it migrates, and the others wait for it, then find nothing left to do.
 */
public final class SchemaMigrations {

  public static final String CHANGELOG = "db/changelog/finchat.xml";

  private SchemaMigrations() {}

  /** Applies every changeset {@code connection}'s database has not run yet. */
  public static void apply(Connection connection) {
    try {
      boolean autoCommit = connection.getAutoCommit();
      boolean migratedBefore = hasHistory(connection);
      try {
        update(connection);
      } catch (Exception lostRace) {
        if (migratedBefore) {
          throw lostRace;
        }
        // Liquibase creates its history table before it takes its lock (liquibase#5254): on a new
        // database, a node can lose that race to another. Once the tables exist, the lock holds.
        connection.rollback();
        update(connection);
      } finally {
        // The connection goes back to the pool as it came: Liquibase turned auto-commit off.
        connection.setAutoCommit(autoCommit);
      }
    } catch (Exception e) {
      throw new IllegalStateException(
          "the database schema could not be migrated: " + oneLine(e), e);
    }
  }

  private static void update(Connection connection) throws Exception {
    ClassLoader classes = SchemaMigrations.class.getClassLoader();
    Map<String, Object> settings =
        Map.of(
            // Liquibase finds its own services through this loader, not the server's.
            Scope.Attr.classLoader.name(),
            classes,
            // Its summary goes to the node's log rather than to standard output.
            Scope.Attr.ui.name(),
            new LoggerUIService(),
            // Liquibase 4.30+ reports usage over the network unless told not to.
            AnalyticsArgs.ENABLED.getKey(),
            false);
    Scope.child(
        settings,
        () -> {
          Database database =
              DatabaseFactory.getInstance()
                  .findCorrectDatabaseImplementation(new JdbcConnection(connection));
          new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(classes), database)
              .update(new Contexts(), new LabelExpression());
        });
  }

  /** Whether Liquibase has run on this database before (Derby names it in capitals). */
  private static boolean hasHistory(Connection connection) throws SQLException {
    for (String table : List.of("DATABASECHANGELOG", "databasechangelog")) {
      try (ResultSet found =
          connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
        if (found.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A failure's message on one line: Liquibase's span several, with the failed SQL. */
  static String oneLine(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      message = failure.getClass().getName();
    }
    return message.strip().replaceAll("\\s+", " ");
  }
}
