package org.omotenashi.concierge.messaging;

import jakarta.ejb.ApplicationException;
import java.util.Optional;
import org.omotenashi.concierge.platform.BusinessException;

/** A message that cannot be taken as it is (empty, too long): 422 naming the field. */
@ApplicationException(rollback = true)
public class InvalidMessageException extends BusinessException {
  private final String field;

  public InvalidMessageException(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Invalid message";
  }

  @Override
  public Optional<String> field() {
    return Optional.of(field);
  }
}
