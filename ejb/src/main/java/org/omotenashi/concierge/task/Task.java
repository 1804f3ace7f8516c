package org.omotenashi.concierge.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.omotenashi.concierge.staff.StaffAccount;

/**
 * Something a department is to do for a guest: towels to room 305, the air conditioning of 402.
 *
 * <p>Life: {@code OPEN} → {@code IN_PROGRESS} ({@link #start}, someone works on it) → {@code DONE}
 * ({@link #complete}); an open task may be completed directly, an active one {@link #cancel
 * cancelled}, one in progress {@link #putBack put back} to open. {@code DONE} and {@code CANCELLED}
 * are final. A task in progress always has an assignee. Each method checks that the status allows
 * it and throws {@link TaskStateException} otherwise.
 *
 * <p>Department, room and summary are checked against the property by {@link TaskService}, not
 * here. There is no business key: two tasks with the same words are two tasks, so identity is the
 * id. At most one task per guest message and department (a unique index, V6).
 */
@Entity
@Table(name = "task")
public class Task {
  public static final int DEPARTMENT_MAX = 40;
  public static final int ROOM_MAX = 16;
  public static final int SUMMARY_MAX = 500;
  public static final int ASSIGNEE_MAX = StaffAccount.USERNAME_MAX;
  public static final int CONVERSATION_ID_MAX = 40;
  public static final int BOOKING_REFERENCE_MAX = 16;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = DEPARTMENT_MAX)
  private String department;

  @Column(length = ROOM_MAX)
  private String room;

  @Column(nullable = false, updatable = false, length = SUMMARY_MAX)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskPriority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskStatus status;

  @Column(length = ASSIGNEE_MAX)
  private String assignee;

  @Column(name = "conversation_id", updatable = false, length = CONVERSATION_ID_MAX)
  private String conversationId;

  @Column(name = "message_id", updatable = false)
  private Long messageId;

  @Column(name = "booking_reference", updatable = false, length = BOOKING_REFERENCE_MAX)
  private String bookingReference;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Version private long version;

  protected Task() {
    // for JPA
  }

  /**
   * An open, unassigned task, as asked. The request must have been checked against the property.
   */
  public Task(NewTask request, Instant now) {
    this.department = require(request.department(), "department");
    this.summary = require(request.summary(), "summary");
    if (summary.length() > SUMMARY_MAX) {
      throw new IllegalArgumentException("A summary has at most " + SUMMARY_MAX + " characters");
    }
    this.room = request.room();
    this.priority = Objects.requireNonNull(request.priority(), "priority");
    this.conversationId = request.conversationId();
    this.messageId = request.messageId();
    this.bookingReference = request.bookingReference();
    this.dueAt = request.dueAt();
    this.status = TaskStatus.OPEN;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** {@code assignee} begins to work on the open task. */
  public void start(String assignee, Instant now) {
    requireStatus(TaskStatus.OPEN, "started");
    this.assignee = require(assignee, "assignee");
    status = TaskStatus.IN_PROGRESS;
    updatedAt = now;
  }

  /** Done: from open (a quick job) or in progress. */
  public void complete(Instant now) {
    requireActive("completed");
    status = TaskStatus.DONE;
    updatedAt = now;
  }

  /** Not to be done after all (the guest no longer needs it). */
  public void cancel(Instant now) {
    requireActive("cancelled");
    status = TaskStatus.CANCELLED;
    updatedAt = now;
  }

  /** Nobody works on it for now: back to open, still with its assignee, if it had one. */
  public void putBack(Instant now) {
    requireStatus(TaskStatus.IN_PROGRESS, "put back to OPEN");
    status = TaskStatus.OPEN;
    updatedAt = now;
  }

  /**
   * Gives the task to a staff member ({@code null}: to nobody). Only while it is active; a task in
   * progress cannot be left without an assignee.
   */
  public void assignTo(String newAssignee, Instant now) {
    requireActive("reassigned");
    if (newAssignee == null && status == TaskStatus.IN_PROGRESS) {
      throw new TaskStateException(
          "Task "
              + id
              + " is IN_PROGRESS: put it back to OPEN before taking it away from "
              + assignee);
    }
    assignee = newAssignee;
    updatedAt = now;
  }

  /** The guest said which room the task is for, after it was created. */
  public void locateIn(String newRoom, Instant now) {
    requireActive("moved to a room");
    room = newRoom;
    updatedAt = now;
  }

  /**
   * Applies a staff member's change: the status through the transition it names, the assignee
   * ({@code ""} for nobody). Moving to {@code IN_PROGRESS} without an assignee named gives the task
   * to its current assignee or else to {@code actor}. Asking for the status the task has already
   * changes nothing but the assignee.
   */
  public void change(TaskChange change, String actor, Instant now) {
    String newAssignee = change.unassigns() ? null : change.assignee();
    TaskStatus target = change.status();
    if (target == null || target == status) {
      if (change.assignee() != null) {
        assignTo(newAssignee, now);
      }
      return;
    }
    switch (target) {
      case IN_PROGRESS -> {
        if (status == TaskStatus.OPEN && change.unassigns()) {
          throw new TaskStateException(
              "Task " + id + " cannot be started by nobody: name an assignee");
        }
        start(newAssignee != null ? newAssignee : assignee != null ? assignee : actor, now);
      }
      case OPEN -> {
        putBack(now);
        if (change.assignee() != null) {
          assignTo(newAssignee, now);
        }
      }
      case DONE, CANCELLED -> {
        if (change.assignee() != null) {
          assignTo(newAssignee, now);
        }
        if (target == TaskStatus.DONE) {
          complete(now);
        } else {
          cancel(now);
        }
      }
    }
  }

  private void requireStatus(TaskStatus required, String verb) {
    if (status != required) {
      throw new TaskStateException(
          "Task " + id + " is " + status + ": only a " + required + " task can be " + verb);
    }
  }

  private void requireActive(String verb) {
    if (!status.isActive()) {
      throw new TaskStateException(
          "Task " + id + " is " + status + ": only an OPEN or IN_PROGRESS task can be " + verb);
    }
  }

  private static String require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A task needs a " + name);
    }
    return value;
  }

  public Long getId() {
    return id;
  }

  public String getDepartment() {
    return department;
  }

  /** The room number, or null when the task is not about a room. */
  public String getRoom() {
    return room;
  }

  public String getSummary() {
    return summary;
  }

  public TaskPriority getPriority() {
    return priority;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public String getAssignee() {
    return assignee;
  }

  public String getConversationId() {
    return conversationId;
  }

  public Long getMessageId() {
    return messageId;
  }

  public String getBookingReference() {
    return bookingReference;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Task task && id != null && id.equals(task.id));
  }

  /** Constant, because the id comes only when the task is stored. */
  @Override
  public int hashCode() {
    return Task.class.hashCode();
  }

  @Override
  public String toString() {
    return "Task " + id + " (" + department + ", " + status + ")";
  }
}
