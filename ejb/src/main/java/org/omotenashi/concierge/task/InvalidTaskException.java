package org.omotenashi.concierge.task;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.InvalidFieldException;

/**
 * A task the hotel cannot take as it is, because of one field: an unknown department, room or
 * assignee, a summary that is empty or too long, a message of another conversation.
 */
// Thrown before anything is written: the caller's transaction may go on (the agent answers the
// guest in the transaction that handles the message).
@ApplicationException(rollback = false)
public class InvalidTaskException extends InvalidFieldException {
  public InvalidTaskException(String field, String problem) {
    super(field, problem);
  }

  @Override
  public String title() {
    return "Invalid task";
  }
}
