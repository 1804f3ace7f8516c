package org.omotenashi.concierge.template;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/**
 * A template text that is not a valid ICU MessageFormat pattern, or that breaks a rule of ours (a
 * numbered argument, a stray closing brace, a variable its key does not offer). The message says
 * what is wrong, and where when the position is known, so that staff can fix an edit themselves.
 */
@ApplicationException(rollback = true)
public class InvalidTemplateException extends BusinessException {
  public InvalidTemplateException(String message) {
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
