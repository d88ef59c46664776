package dev.finchat.chat.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import java.util.Map;

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

  /**
   * Query hints (and {@code find} properties) for a read that must see what another chat node
   * stored: the database's row, not this node's shared cache, which no other node's change reaches
   * (a disabled account, a reset password, a revoked sign-in cookie). The row refreshes the cache
   * too, so later reads here see it as well.
   */
  public static final Map<String, Object> FRESH =
      Map.of(
          "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
          "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH);
}
