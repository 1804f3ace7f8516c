package org.omotenashi.concierge.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's PostgreSQL datasource inside the application, so that the WAR on Payara
 * Micro and the EAR on Payara Server connect the same way, without server-side resources to create.
 *
 * <p>The connection settings come from MicroProfile Config ({@code concierge.db.url}, {@code
 * concierge.db.user}, {@code concierge.db.password}), which also reads the environment variables
 * {@code CONCIERGE_DB_URL}, {@code CONCIERGE_DB_USER} and {@code CONCIERGE_DB_PASSWORD}.
 */
@DataSourceDefinition(
    name = ConciergeDataSource.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=concierge.db.url}",
    user = "${MPCONFIG=concierge.db.user}",
    password = "${MPCONFIG=concierge.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
public class ConciergeDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/concierge";
}
