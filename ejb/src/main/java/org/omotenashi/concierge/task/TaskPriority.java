package org.omotenashi.concierge.task;

/** How soon a department should act: {@code URGENT} is a guest waiting now (a leak, a lock-out). */
public enum TaskPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
