package org.omotenashi.concierge.booking.qloapps;

import java.math.BigInteger;
import java.util.Optional;
import org.omotenashi.concierge.booking.BookingReference;

/**
 * Our booking references for QloApps bookings, derived from the QloApps booking (order) id: the
 * property's prefix, a dash and the id written in six characters of {@link BookingReference}'s
 * alphabet. No table is needed to find a booking by its reference, and a booking made in QloApps
 * itself has a reference too.
 *
 * <p>The id goes through a fixed affine permutation of the 25^6 codes first, so that consecutive
 * bookings get unrelated references (a guest cannot reach a neighbour's booking by changing the
 * last letter). It is no secret: whoever reads this source can invert it, so it does not replace
 * checking who asks about a booking.
 */
final class QloAppsReferences {
  /** The same alphabet as {@link BookingReference}: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. */
  static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

  static final int LENGTH = 6;

  /** 25^6 = 244,140,625 codes; QloApps ids beyond that cannot be written. */
  static final long CODES = pow(ALPHABET.length(), LENGTH);

  /** Coprime to 25^6 (not a multiple of 5), so that the permutation is one to one. */
  private static final long MULTIPLIER = 98_765_431L;

  private static final long OFFSET = 12_345_678L;
  private static final long INVERSE =
      BigInteger.valueOf(MULTIPLIER).modInverse(BigInteger.valueOf(CODES)).longValueExact();

  private QloAppsReferences() {}

  static BookingReference encode(String prefix, long qloAppsId) {
    if (qloAppsId < 1 || qloAppsId >= CODES) {
      throw new MalformedAnswerException("booking id " + qloAppsId + " is out of range");
    }
    long code = Math.floorMod(qloAppsId * MULTIPLIER + OFFSET, CODES);
    char[] letters = new char[LENGTH];
    for (int i = LENGTH - 1; i >= 0; i--) {
      letters[i] = ALPHABET.charAt((int) (code % ALPHABET.length()));
      code /= ALPHABET.length();
    }
    return new BookingReference(prefix + "-" + new String(letters));
  }

  /** The QloApps id a reference stands for, when it carries this property's prefix. */
  static Optional<Long> decode(String prefix, BookingReference reference) {
    String value = reference.value();
    int dash = value.indexOf('-');
    if (!value.substring(0, dash).equals(prefix)) {
      return Optional.empty();
    }
    long code = 0;
    for (char letter : value.substring(dash + 1).toCharArray()) {
      int digit = ALPHABET.indexOf(letter);
      if (digit < 0) {
        return Optional.empty();
      }
      code = code * ALPHABET.length() + digit;
    }
    long id = Math.floorMod(Math.floorMod(code - OFFSET, CODES) * INVERSE, CODES);
    return id == 0 ? Optional.empty() : Optional.of(id);
  }

  private static long pow(long base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }
}
