package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import java.util.Optional;
import org.omotenashi.concierge.platform.BusinessException;

/**
 * A booking request the hotel cannot accept as asked (check-out before check-in, too many guests,
 * an unknown room type): 422, naming the field at fault by its JSON name.
 */
@ApplicationException(rollback = true)
public class InvalidBookingRequestException extends BusinessException {
  private final String field;

  public InvalidBookingRequestException(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Invalid booking request";
  }

  @Override
  public Optional<String> field() {
    return Optional.of(field);
  }
}
