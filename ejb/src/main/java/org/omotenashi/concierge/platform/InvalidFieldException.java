package org.omotenashi.concierge.platform;

import java.util.Optional;

/**
 * A request the application cannot take as it is, because of one field: 422, naming the field by
 * its JSON name ({@code guest.email}) so that a client can point at it.
 */
public abstract class InvalidFieldException extends BusinessException {
  private final String field;

  protected InvalidFieldException(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public Optional<String> field() {
    return Optional.of(field);
  }
}
