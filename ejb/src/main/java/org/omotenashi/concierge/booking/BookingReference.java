package org.omotenashi.concierge.booking;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A booking's reference as guests read it out on the phone: the property's prefix, a dash and six
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
 */
public record BookingReference(String value) {
  static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
  static final int LENGTH = 6;
  private static final RandomGenerator RANDOM = new SecureRandom();

  public BookingReference {
    if (value == null || !value.matches("[A-Z]{2,6}-[" + ALPHABET + "]{" + LENGTH + "}")) {
      throw new InvalidBookingRequestException(
          "reference", "is not a booking reference (like SKR-7K3Q9P)");
    }
  }

  /** Reads what a guest or a client typed: case and surrounding blanks do not matter. */
  public static BookingReference parse(String text) {
    return new BookingReference(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
  }

  public static BookingReference generate(String prefix) {
    StringBuilder value = new StringBuilder(prefix).append('-');
    for (int i = 0; i < LENGTH; i++) {
      value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new BookingReference(value.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
