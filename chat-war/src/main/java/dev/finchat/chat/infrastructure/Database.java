package dev.finchat.chat.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The chat node's database: Derby embedded under {@code ~/.finchat/db} by default ({@code
 * FINCHAT_DB_NAME} moves it). Payara resolves the {@code MPCONFIG} references at deployment from
 * MicroProfile Config.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/finchat",
    className = "${MPCONFIG=finchat.db.datasource}",
    databaseName = "${MPCONFIG=finchat.db.name}",
    serverName = "${MPCONFIG=finchat.db.server}",
    url = "${MPCONFIG=finchat.db.url}",
    properties = {"createDatabase=create"},
    user = "${MPCONFIG=finchat.db.user}",
    password = "${MPCONFIG=finchat.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
public class Database {

  /**
   * EclipseLink's query hint for results that are only shown: the shared cache's own instances
   * rather than a copy for each request. Every copy takes its object's cache lock, so a page that
   * many read at once (a person's history) queued its requests on the same account and messages:
   * p50 14-20 s at 200 requests/s on a fresh node. (By name: chat.war does not compile against
   * EclipseLink.)
   */
  public static final String READ_ONLY = "eclipselink.read-only";
}
