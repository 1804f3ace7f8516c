package org.omotenashi.concierge.task;

/**
 * Where a task is in its life: {@code OPEN} → {@code IN_PROGRESS} → {@code DONE}, or {@code
 * CANCELLED} from either of the first two. {@code DONE} and {@code CANCELLED} are final.
 */
public enum TaskStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  /** Open or in progress: someone still has to do something. */
  public boolean isActive() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
