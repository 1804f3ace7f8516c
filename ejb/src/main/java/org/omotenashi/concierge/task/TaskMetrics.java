package org.omotenashi.concierge.task;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.omotenashi.concierge.hotel.Department;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.platform.ConciergeDataSource;

/**
 * The gauge {@code concierge_tasks_active{department="HOUSEKEEPING"}}: open and in-progress tasks
 * per department, counted in the database when metrics are read (so every instance reports the
 * same). A department's gauge appears once this instance has created a task; the departments come
 * from the property then, so that a quiet department reports 0 rather than nothing.
 */
@ApplicationScoped
public class TaskMetrics {
  static final String ACTIVE_TASKS = "concierge_tasks_active";

  @Inject MetricRegistry registry;
  @Resource(lookup = ConciergeDataSource.JNDI_NAME)
  DataSource dataSource;

  private final Set<String> watched = ConcurrentHashMap.newKeySet();

  /** Registers a gauge for each of the property's departments that has none yet. */
  void watch(Property property) {
    for (Department department : property.getDepartments()) {
      String code = department.getCode();
      if (watched.add(code)) {
        registry.gauge(ACTIVE_TASKS, code, this::countActive, new Tag("department", code));
      }
    }
  }

  /**
   * Plain JDBC on the injected data source rather than JPA: the metrics endpoint reads gauges on
   * the server's own thread, where Payara Server gives no application context for a persistence
   * context (the gauge was then left out of /metrics), while a data source obtained at injection
   * works anywhere.
   */
  private long countActive(String department) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM task WHERE department = ? AND status IN ('OPEN', 'IN_PROGRESS')")) {
      count.setString(1, department);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the active tasks of " + department, e);
    }
  }

}
