package org.omotenashi.concierge.agent.understanding;

import java.util.Objects;
import org.omotenashi.concierge.task.TaskPriority;

/**
 * A request a hotel department acts on: the department's code in the property's configuration
 * ({@code HOUSEKEEPING}, {@code MAINTENANCE}, {@code FRONT_DESK}, {@code FOOD_BEVERAGE}, {@code
 * CONCIERGE}, {@code SPA}) and how urgent it is.
 */
public record ServiceRequest(String department, TaskPriority priority) {
  public ServiceRequest {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(priority, "priority");
  }
}
