package org.omotenashi.concierge.staff;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/**
 * Wrong credentials or an unusable refresh token. The message never says which part was wrong, so
 * that it does not help anyone guess user names.
 */
@ApplicationException(rollback = false)
public class AuthenticationFailedException extends BusinessException {
  public AuthenticationFailedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String title() {
    return "Authentication failed";
  }
}
