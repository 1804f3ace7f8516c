package org.omotenashi.concierge.agent.dialogue;

import java.time.Instant;
import org.omotenashi.concierge.task.TaskPriority;

/**
 * A task for one of the hotel's departments, as {@code create_service_request} takes it.
 *
 * @param room the room it is for, or null when nobody said
 * @param dueAt when it must be done (a wake-up call), or null for "as soon as possible"
 */
public record ServiceTaskRequest(
    String department, String room, String summary, TaskPriority priority, Instant dueAt) {}
