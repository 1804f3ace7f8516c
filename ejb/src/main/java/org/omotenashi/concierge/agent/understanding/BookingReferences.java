package org.omotenashi.concierge.agent.understanding;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a booking reference such as {@code SKR-7K3Q9P} in a guest's message and gives it back in
 * its canonical form: the property's prefix, a hyphen, and six characters from {@value #ALPHABET}, all
 * in upper case.
 *
 * <p>Recognised however the guest typed the separator and the case: "SKR-7K3Q9P", "skr-7k3q9p",
 * "SKR 7K3Q9P", "SKR7K3Q9P", "SKR_7K3Q9P", "SKR–7K3Q9P" (a dash), "SKR-7K3Q9P" in full-width
 * letters, and inside any sentence in any language ("予約番号はSKR-7K3Q9Pです").
 *
 * <p>Deliberately not recognised: six characters without the prefix ("7K3Q9P" alone could be any
 * code), a reference with a character outside the alphabet (a typed O, 0, I or 1 is not corrected:
 * the alphabet has none of them, so there is no single right guess), and a run longer or shorter
 * than six characters ("SKR-7K3Q9PX"). The first reference in the message wins.
 */
public final class BookingReferences {
  /** The characters of the code: no 0, O, 1 or I, which guests confuse. */
  static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,10}");
  private static final Map<String, Pattern> BY_PREFIX = new ConcurrentHashMap<>();

  private BookingReferences() {}

  /**
   * The first booking reference in the message, in upper case with a hyphen.
   *
   * @param prefix the property's reference prefix, such as {@code SKR} (letters and digits)
   * @throws IllegalArgumentException when the prefix is not one to ten letters or digits
   */
  public static Optional<String> find(String text, String prefix) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(prefix, "prefix");
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "a reference prefix is 1 to 10 letters or digits: " + prefix);
    }
    String upper = prefix.toUpperCase(Locale.ROOT);
    Pattern pattern = BY_PREFIX.computeIfAbsent(upper, BookingReferences::compile);
    Matcher m = pattern.matcher(TextFolding.fold(text));
    return m.find()
        ? Optional.of(upper + "-" + m.group(1).toUpperCase(Locale.ROOT))
        : Optional.empty();
  }

  private static Pattern compile(String prefix) {
    return Pattern.compile(
        "(?<![A-Za-z0-9])"
            + Pattern.quote(prefix)
            + "[\\s\\-_.#:]{0,2}(["
            + ALPHABET
            + "]{6})(?![A-Za-z0-9])",
        Pattern.CASE_INSENSITIVE);
  }
}
