package org.omotenashi.concierge.template;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** A template text or experiment staff asked for cannot be taken: an invalid pattern, an unknown variable, too long. */
@ApplicationException(rollback = true)
public class InvalidTemplateEditException extends BusinessException {
  public InvalidTemplateEditException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Invalid template";
  }
}
