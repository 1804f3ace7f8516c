package org.omotenashi.concierge.hotel;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** No property has been loaded yet (the demo is switched off and no file was imported). */
@ApplicationException(rollback = true)
public class PropertyNotFoundException extends BusinessException {
  public PropertyNotFoundException() {
    super("No property is set up yet: import a property file first");
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Property not set up";
  }
}
