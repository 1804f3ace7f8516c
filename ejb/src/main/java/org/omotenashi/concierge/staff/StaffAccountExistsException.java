package org.omotenashi.concierge.staff;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

@ApplicationException(rollback = true)
public class StaffAccountExistsException extends BusinessException {
  public StaffAccountExistsException(String username) {
    super("A staff account named '" + username + "' already exists");
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Staff account exists";
  }
}
