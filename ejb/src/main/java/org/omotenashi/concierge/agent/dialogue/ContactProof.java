package org.omotenashi.concierge.agent.dialogue;

import java.util.Locale;
import org.omotenashi.concierge.booking.PmsBooking;

/**
 * Whether the email or phone a guest gives is the one on a booking. Phones compare by their last
 * eight digits, so "+81 90-1234-5678" and "090 1234 5678" are the same number.
 */
public final class ContactProof {
  private static final int SIGNIFICANT_DIGITS = 8;

  private ContactProof() {}

  public static boolean matches(PmsBooking booking, String email, String phone) {
    var guest = booking.guest();
    boolean emailMatches =
        email != null
            && guest.email() != null
            && guest
                .email()
                .strip()
                .toLowerCase(Locale.ROOT)
                .equals(email.strip().toLowerCase(Locale.ROOT));
    boolean phoneMatches =
        phone != null
            && guest.phone() != null
            && lastDigits(phone).length() == SIGNIFICANT_DIGITS
            && lastDigits(phone).equals(lastDigits(guest.phone()));
    return emailMatches || phoneMatches;
  }

  private static String lastDigits(String phone) {
    String digits = phone.replaceAll("\\D", "");
    return digits.length() <= SIGNIFICANT_DIGITS
        ? digits
        : digits.substring(digits.length() - SIGNIFICANT_DIGITS);
  }
}
