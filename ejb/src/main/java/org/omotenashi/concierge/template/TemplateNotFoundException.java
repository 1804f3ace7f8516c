package org.omotenashi.concierge.template;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** No template, version or experiment is known by this key, language, variant or id. */
@ApplicationException(rollback = true)
public class TemplateNotFoundException extends BusinessException {
  public TemplateNotFoundException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Template not found";
  }
}
