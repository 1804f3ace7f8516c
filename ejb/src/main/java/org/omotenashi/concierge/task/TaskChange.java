package org.omotenashi.concierge.task;

/**
 * A change staff make to a task: a new status, a new assignee, or both. A null component leaves
 * that part as it is; a blank {@code assignee} takes the task away from whoever had it.
 *
 * <p>Moving to {@code IN_PROGRESS} without naming an assignee gives the task to the staff member
 * making the change, unless it already has one.
 */
public record TaskChange(TaskStatus status, String assignee) {
  public TaskChange {
    assignee = assignee == null ? null : assignee.strip();
  }

  public static TaskChange to(TaskStatus status) {
    return new TaskChange(status, null);
  }

  public boolean isEmpty() {
    return status == null && assignee == null;
  }

  /** Whether this change takes the task away from its assignee. */
  boolean unassigns() {
    return assignee != null && assignee.isEmpty();
  }
}
