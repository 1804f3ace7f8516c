package org.omotenashi.concierge.staff;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** A new account that breaks a rule (weak password, unknown department). */
@ApplicationException(rollback = true)
public class InvalidStaffAccountException extends BusinessException {
  public InvalidStaffAccountException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Invalid staff account";
  }
}
