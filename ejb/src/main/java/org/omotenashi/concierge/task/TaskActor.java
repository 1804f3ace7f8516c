package org.omotenashi.concierge.task;

import java.util.Objects;
import java.util.Optional;

/**
 * The staff member working with tasks, and what they may see: front office and administrators every
 * department's tasks, a department's member only that department's. To a department member, another
 * department's task does not exist (404): the id alone tells them nothing.
 */
public record TaskActor(String username, String department) {
  public TaskActor {
    Objects.requireNonNull(username, "username");
  }

  /** An administrator or front-office agent: every task. */
  public static TaskActor frontOffice(String username) {
    return new TaskActor(username, null);
  }

  /** A member of one department: that department's tasks only. */
  public static TaskActor departmentMember(String username, String department) {
    return new TaskActor(username, Objects.requireNonNull(department, "department"));
  }

  /** The one department this actor is limited to, if any. */
  public Optional<String> findDepartment() {
    return Optional.ofNullable(department);
  }

  public boolean maySee(Task task) {
    return department == null || department.equals(task.getDepartment());
  }

  /**
   * The filter narrowed to what this actor may see; empty when it asks only for tasks they may not
   * see (a housekeeper asking for the maintenance department's).
   */
  Optional<TaskFilter> scope(TaskFilter filter) {
    if (department == null) {
      return Optional.of(filter);
    }
    if (filter.department() == null) {
      return Optional.of(filter.withDepartment(department));
    }
    return Optional.of(filter).filter(f -> department.equals(f.department()));
  }
}
