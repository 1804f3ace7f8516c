package org.omotenashi.concierge.booking;

/** The guest a booking is in the name of, and how to reach them; email or phone may be missing. */
public record GuestContact(String name, String email, String phone) {
  public static final int MAX_NAME = 200;
  public static final int MAX_EMAIL = 200;
  public static final int MAX_PHONE = 40;

  public GuestContact {
    if (name == null || name.isBlank()) {
      throw new InvalidBookingRequestException("guest.name", "is required");
    }
    if (name.length() > MAX_NAME) {
      throw new InvalidBookingRequestException("guest.name", "must be at most " + MAX_NAME + " characters");
    }
    if (email != null && (email.length() > MAX_EMAIL || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw new InvalidBookingRequestException("guest.email", "is not an email address");
    }
    if (phone != null && (phone.length() > MAX_PHONE || !phone.matches("[+0-9 ()./-]{5,}"))) {
      throw new InvalidBookingRequestException("guest.phone", "is not a phone number");
    }
    name = name.strip();
    email = email == null || email.isBlank() ? null : email.strip();
    phone = phone == null || phone.isBlank() ? null : phone.strip();
  }
}
