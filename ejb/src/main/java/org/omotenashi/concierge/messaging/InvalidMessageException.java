package org.omotenashi.concierge.messaging;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.InvalidFieldException;

/** A message that cannot be taken as it is (empty, too long, an unknown filter). */
@ApplicationException(rollback = true)
public class InvalidMessageException extends InvalidFieldException {
  public InvalidMessageException(String field, String problem) {
    super(field, problem);
  }

  @Override
  public String title() {
    return "Invalid message";
  }
}
