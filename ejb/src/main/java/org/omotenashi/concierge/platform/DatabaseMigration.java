package org.omotenashi.concierge.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the scripts of {@code db-migrations/} before anything else touches
 * the database. Other start-up beans declare {@code @DependsOn("DatabaseMigration")}; readiness reports
 * DOWN until {@link #isComplete()}.
 *
 * <p>Bean-managed transactions, because Flyway runs its own transactions on the datasource.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = ConciergeDataSource.JNDI_NAME)
  private DataSource dataSource;

  private volatile boolean complete;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    complete = true;
  }

  @Lock(LockType.READ)
  public boolean isComplete() {
    return complete;
  }
}
