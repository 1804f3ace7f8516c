package org.omotenashi.concierge.template;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** The experiment cannot start or stop as asked: another runs on the key, or it is stopped already. */
@ApplicationException(rollback = true)
public class ExperimentConflictException extends BusinessException {
  public ExperimentConflictException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Experiment conflict";
  }
}
