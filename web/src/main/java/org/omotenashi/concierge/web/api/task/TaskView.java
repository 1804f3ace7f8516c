package org.omotenashi.concierge.web.api.task;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.omotenashi.concierge.task.Task;
import org.omotenashi.concierge.task.TaskPriority;
import org.omotenashi.concierge.task.TaskStatus;

/**
 * A task as the API shows it (shared/API.md), with what staff also need: who has it, the booking it
 * concerns and when it last changed. {@code room}, {@code conversationId}, {@code dueAt}, {@code
 * assignee} and {@code bookingReference} may be null.
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "department",
  "room",
  "summary",
  "priority",
  "status",
  "assignee",
  "conversationId",
  "bookingReference",
  "createdAt",
  "updatedAt",
  "dueAt"
})
public record TaskView(
    long id,
    String department,
    String room,
    String summary,
    TaskPriority priority,
    TaskStatus status,
    String assignee,
    String conversationId,
    String bookingReference,
    Instant createdAt,
    Instant updatedAt,
    Instant dueAt) {

  public static TaskView of(Task task) {
    return new TaskView(
        task.getId(),
        task.getDepartment(),
        task.getRoom(),
        task.getSummary(),
        task.getPriority(),
        task.getStatus(),
        task.getAssignee(),
        task.getConversationId(),
        task.getBookingReference(),
        task.getCreatedAt(),
        task.getUpdatedAt(),
        task.getDueAt());
  }
}
