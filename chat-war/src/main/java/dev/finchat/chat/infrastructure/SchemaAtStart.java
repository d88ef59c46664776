package dev.finchat.chat.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Migrates the database's schema as the chat node starts, before anything uses JPA. A schema that
 * cannot be migrated fails the deployment: the node does not serve on a database it cannot use.
 *
 * <p>Why a startup singleton: FirstStart, the only startup step that touches tables, depends on it;
 * requests are served only once the deployment has ended; and the message-driven beans, which
 * Payara activates before startup singletons, read no table as a message arrives (a room's gap is
 * filled later by a sweep that retries).
 */
@Startup
@Singleton
// No container transaction around Liquibase, which commits each changeset itself.
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaAtStart {

  private static final Logger LOG = Logger.getLogger(SchemaAtStart.class.getName());

  @Resource(lookup = "java:app/jdbc/finchat")
  DataSource database;

  @PostConstruct
  void migrate() {
    try (Connection connection = database.getConnection()) {
      SchemaMigrations.apply(connection);
    } catch (SQLException | RuntimeException e) {
      String problem = "finchat cannot start: " + SchemaMigrations.oneLine(e);
      LOG.severe(problem);
      throw new IllegalStateException(problem, e);
    }
    LOG.info(() -> "Database schema is up to date with " + SchemaMigrations.CHANGELOG);
  }
}
