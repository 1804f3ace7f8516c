package org.omotenashi.concierge.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when PostgreSQL answers and the schema migrations have been applied: a load balancer
 * must not send guests to an instance that cannot store their messages.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {
  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = ConciergeDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    if (!migration.isComplete()) {
      return response.down().withData("migrations", "pending").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return response
          .status(connection.isValid(VALIDATION_TIMEOUT_SECONDS))
          .withData("migrations", "applied")
          .build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
