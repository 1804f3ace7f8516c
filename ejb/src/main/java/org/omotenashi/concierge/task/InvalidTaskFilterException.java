package org.omotenashi.concierge.task;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.InvalidFieldException;

/**
 * A task list asked for with a filter value that cannot mean anything (a status that does not
 * exist): 400, because the query is malformed rather than the tasks being unacceptable, naming the
 * query parameter.
 */
@ApplicationException(rollback = true)
public class InvalidTaskFilterException extends InvalidFieldException {
  public InvalidTaskFilterException(String parameter, String problem) {
    super(parameter, problem);
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "Invalid task filter";
  }
}
