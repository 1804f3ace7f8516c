package org.omotenashi.concierge.hotel;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** A property file that cannot be loaded; the message names the field and what is wrong with it. */
@ApplicationException(rollback = true)
public class PropertyFileException extends BusinessException {
  public PropertyFileException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Invalid property file";
  }
}
