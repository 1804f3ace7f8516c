package org.omotenashi.concierge.messaging.twilio;

import java.util.Objects;

/**
 * How many SMS a text costs, as carriers split it: shown to staff before they send a long reply.
 *
 * <p>A text made only of characters of the GSM 03.38 alphabet (3GPP TS 23.038: the basic table, and
 * the extension table whose characters {@code ^ { } \ [ ~ ] | €} and form feed take two septets, an
 * escape and the character) goes as GSM-7: 160 septets fit one message, and a longer text is split
 * into parts of 153 (the rest carries the concatenation header). Any other character makes the
 * whole text UCS-2: 70 UTF-16 code units in one message, 67 per part.
 *
 * <p>Parts are filled in order and a unit that does not fit whole starts the next part: an escape
 * is never separated from its character, nor a surrogate pair (an emoji) split in two, so a part
 * may hold one unit less than its size. The empty text is zero segments.
 *
 * @param units septets (GSM-7) or UTF-16 code units (UCS-2)
 */
public record SmsSegments(Encoding encoding, int units, int segments) {
  static final int GSM_SINGLE = 160;
  static final int GSM_PART = 153;
  static final int UCS2_SINGLE = 70;
  static final int UCS2_PART = 67;

  /** How a text is encoded on the air. */
  public enum Encoding {
    GSM_7,
    UCS_2
  }

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

  public SmsSegments {
    Objects.requireNonNull(encoding, "encoding");
  }

  /** The number of messages the text is sent as. */
  public static int count(String text) {
    return of(text).segments();
  }

  public static SmsSegments of(String text) {
    Objects.requireNonNull(text, "text");
    return isGsm7(text) ? gsm7(text) : ucs2(text);
  }

  private static boolean isGsm7(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static SmsSegments gsm7(String text) {
    int[] weights = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      weights[i] = GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
    return split(Encoding.GSM_7, weights, weights.length, GSM_SINGLE, GSM_PART);
  }

  private static SmsSegments ucs2(String text) {
    int[] weights = new int[text.length()];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean pair =
          Character.isHighSurrogate(text.charAt(i))
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      weights[count++] = pair ? 2 : 1;
      if (pair) {
        i++;
      }
    }
    return split(Encoding.UCS_2, weights, count, UCS2_SINGLE, UCS2_PART);
  }

  /** Fills parts in order with indivisible units of the given weights. */
  private static SmsSegments split(
      Encoding encoding, int[] weights, int count, int single, int part) {
    int units = 0;
    for (int i = 0; i < count; i++) {
      units += weights[i];
    }
    if (units == 0) {
      return new SmsSegments(encoding, 0, 0);
    }
    if (units <= single) {
      return new SmsSegments(encoding, units, 1);
    }
    int segments = 1;
    int used = 0;
    for (int i = 0; i < count; i++) {
      if (used + weights[i] > part) {
        segments++;
        used = 0;
      }
      used += weights[i];
    }
    return new SmsSegments(encoding, units, segments);
  }
}
