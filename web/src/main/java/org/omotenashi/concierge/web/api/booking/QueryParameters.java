package org.omotenashi.concierge.web.api.booking;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.omotenashi.concierge.booking.InvalidBookingRequestException;

/**
 * Reads dates and numbers from query parameters, naming the parameter when one is missing or
 * malformed (JAX-RS's own conversion would answer a bare 404).
 */
final class QueryParameters {
  private QueryParameters() {}

  static LocalDate required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidBookingRequestException(field, "is required (an ISO date like 2027-01-15)");
    }
    return parse(field, value);
  }

  static LocalDate optional(String field, String value) {
    return value == null || value.isBlank() ? null : parse(field, value);
  }

  static int integer(String field, String value, int orElse) {
    if (value == null || value.isBlank()) {
      return orElse;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidBookingRequestException(field, "'" + value + "' is not a whole number");
    }
  }

  private static LocalDate parse(String field, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidBookingRequestException(field, "'" + value + "' is not an ISO date like 2027-01-15");
    }
  }
}
