package org.omotenashi.concierge.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * Phone numbers in one form, E.164 ({@code +818012345678}), whatever a provider sends ({@code
 * 818012345678} from WhatsApp, {@code +81 80-1234-5678} typed by staff), so that one person is one
 * guest.
 */
public final class PhoneNumbers {
  private PhoneNumbers() {}

  /** The number in E.164; a number without a country code is refused (we cannot know its country). */
  public static String toE164(String number) {
    String candidate = number.strip();
    if (!candidate.startsWith("+")) {
      candidate = "+" + candidate;
    }
    try {
      PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
      return phones.format(phones.parse(candidate, null), PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      throw new IllegalArgumentException("Not an international phone number: " + number, e);
    }
  }
}
