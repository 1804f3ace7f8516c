package org.omotenashi.concierge.task;

import java.util.Locale;

/**
 * Which tasks to list, newest first: those of a conversation, of a department, in a status. Every
 * filter is optional (null); {@code limit} is at most {@value #MAX_LIMIT}.
 */
public record TaskFilter(String conversationId, String department, TaskStatus status, int limit) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 500;

  public TaskFilter {
    conversationId =
        conversationId == null || conversationId.isBlank() ? null : conversationId.strip();
    department =
        department == null || department.isBlank()
            ? null
            : department.strip().toUpperCase(Locale.ROOT);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidTaskFilterException("limit", "must be between 1 and " + MAX_LIMIT);
    }
  }

  /** Every task, the newest {@value #DEFAULT_LIMIT}. */
  public static TaskFilter all() {
    return new TaskFilter(null, null, null, DEFAULT_LIMIT);
  }

  public TaskFilter withDepartment(String code) {
    return new TaskFilter(conversationId, code, status, limit);
  }
}
