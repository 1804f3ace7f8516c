package org.omotenashi.concierge.agent.understanding;

/**
 * How soon a department should act on a guest's request. Named for the task it becomes, and so as
 * not to clash with {@code jakarta.annotation.Priority}.
 */
public enum TaskPriority {
  /** The guest said it can wait ("no rush", "cuando puedan", "急ぎません"). */
  LOW,
  NORMAL,
  /** Something is broken, or the guest says it is urgent ("asap", "dringend", "至急"). */
  HIGH,
  /** Safety, water, power or a locked-out guest ("flooding", "smoke", "fuite d'eau", "停電"). */
  URGENT
}
