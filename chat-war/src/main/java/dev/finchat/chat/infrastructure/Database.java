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
public class Database {}
