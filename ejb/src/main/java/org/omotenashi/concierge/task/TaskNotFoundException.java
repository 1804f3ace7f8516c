package org.omotenashi.concierge.task;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** No task has this id, or none the asking staff member's department may see. */
@ApplicationException(rollback = true)
public class TaskNotFoundException extends BusinessException {
  public TaskNotFoundException(long id) {
    super("No task " + id);
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Task not found";
  }
}
