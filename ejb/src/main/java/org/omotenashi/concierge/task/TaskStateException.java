package org.omotenashi.concierge.task;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/**
 * The task's status does not allow what was asked (reopening a finished task), or someone else
 * changed it at the same moment.
 */
@ApplicationException(rollback = true)
public class TaskStateException extends BusinessException {
  public TaskStateException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Task state conflict";
  }
}
