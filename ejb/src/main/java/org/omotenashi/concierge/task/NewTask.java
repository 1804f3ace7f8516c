package org.omotenashi.concierge.task;

import java.time.Instant;
import java.util.Locale;

/**
 * What a new task asks of a department. Only {@code department} and {@code summary} are required;
 * {@code priority} defaults to {@code NORMAL}. Text is taken stripped, blanks as absent, codes in
 * upper case ({@code housekeeping} is {@code HOUSEKEEPING}).
 *
 * <p>A task made from a guest message names it ({@code messageId}): the service makes at most one
 * task per message and department, so handling a message twice (after a crash) does not double it.
 * {@code conversationId} may be left out when {@code messageId} is given: it is the message's.
 *
 * @param department the code of one of the property's departments
 * @param room a room number of the property, or null when the task is not about a room
 * @param summary what is to be done, as the department should read it (at most {@value
 *     Task#SUMMARY_MAX} characters)
 * @param priority how soon; null for {@code NORMAL}
 * @param conversationId the guest conversation the task comes from, or null
 * @param messageId the guest message that asked for it, or null
 * @param bookingReference the booking it concerns ({@code SKR-7K3Q9P}), or null
 * @param dueAt by when it should be done, or null
 */
public record NewTask(
    String department,
    String room,
    String summary,
    TaskPriority priority,
    String conversationId,
    Long messageId,
    String bookingReference,
    Instant dueAt) {

  public NewTask {
    department = code(department);
    room = text(room);
    summary = text(summary);
    priority = priority == null ? TaskPriority.NORMAL : priority;
    conversationId = text(conversationId);
    bookingReference = code(bookingReference);
  }

  /** A task not tied to a guest message, such as one a staff member writes down. */
  public static NewTask of(String department, String room, String summary, TaskPriority priority) {
    return new NewTask(department, room, summary, priority, null, null, null, null);
  }

  /** A task asked for by a guest's message in a conversation. */
  public static NewTask fromMessage(
      String department,
      String room,
      String summary,
      TaskPriority priority,
      String conversationId,
      long messageId) {
    return new NewTask(department, room, summary, priority, conversationId, messageId, null, null);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String code(String value) {
    String text = text(value);
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }
}
