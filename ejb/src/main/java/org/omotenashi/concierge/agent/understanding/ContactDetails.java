package org.omotenashi.concierge.agent.understanding;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the contact details a guest gives in a message: an e-mail address, a phone number, and the
 * guest's name when the guest introduces themself. Each method returns the first one found.
 *
 * <p>E-mail: an address with a dotted domain ("ana.garcia+hotel@example.co.jp"), as written, with
 * full-width characters made ASCII and a sentence's final full stop left out.
 *
 * <p>Phone: an international number written with "+" or "00" ("+81 90 1234 5678", "+34 612 345
 * 678", "0049 30 1234567", "+49 (0)30 1234567"), given back in E.164 ("+819012345678") when
 * libphonenumber finds it possible; or a national number of 8 to 15 digits in groups separated by
 * single spaces, hyphens, dots or brackets ("090-1234-5678", "(03) 5555 0123"), given back as its
 * digits ("09012345678"). Never a booking reference ("SKR-7K3Q9P"), a date ("2027-01-15",
 * "15.01.2027"), a time, a price ("¥54,000", "1.500.000 €") or a room number.
 *
 * <p>Name ({@link GuestNames}): explicit introductions in the six languages ("my name is Ana
 * García", "je m'appelle Claire", "ich heiße Hans Müller", "meu nome é João", "私の名前は田中です",
 * "田中と申します"), and the looser "I'm", "soy", "je suis", "ich bin", "sou o/a", "this is" only with
 * a capitalised name ("soy vegetariano" is no name).
 */
public final class ContactDetails {
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}(?![\\w-])");

  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\p{IsLatin}\\p{N}+/.:,\\-#$€£¥])(?<intl>\\+|00)?\\s?(?:\\(\\d{1,4}\\)|\\d{1,5})"
              + "(?:[ .\\-]?\\(\\d{1,5}\\)|[ .\\-]?\\d{1,8}){1,7}"
              + "(?![\\p{IsLatin}\\p{N}]|[/:,]\\d|\\s?[€$%円])");
  private static final Pattern DATE_SHAPE =
      Pattern.compile("\\d{4}[-./ ]\\d{1,2}[-./ ]\\d{1,2}|\\d{1,2}[-./ ]\\d{1,2}[-./ ]\\d{2,4}");
  private static final Pattern TRUNK_ZERO = Pattern.compile("\\(0\\)");
  private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private ContactDetails() {}

  /** The first e-mail address in the message, as written. */
  public static Optional<String> email(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = EMAIL.matcher(compatible(text));
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /**
   * The first phone number in the message: E.164 when written with "+" or "00", otherwise its
   * digits.
   */
  public static Optional<String> phone(String text) {
    Objects.requireNonNull(text, "text");
    String plain = compatible(text);
    Matcher m = PHONE.matcher(plain);
    while (m.find()) {
      String written = m.group().strip();
      if (DATE_SHAPE.matcher(written).matches()) {
        continue;
      }
      boolean international = m.group("intl") != null;
      String kept = international ? TRUNK_ZERO.matcher(written).replaceAll("") : written;
      String digits = NOT_DIGIT.matcher(kept).replaceAll("");
      if (international) {
        if (written.startsWith("00")) {
          digits = digits.substring(2);
        }
        if (digits.length() >= 8 && digits.length() <= 15 && possible("+" + digits)) {
          return Optional.of("+" + digits);
        }
      } else if (digits.length() >= 8 && digits.length() <= 15) {
        return Optional.of(digits);
      }
    }
    return Optional.empty();
  }

  /**
   * The name the guest introduces themself with, as written, without what follows it ("my name
   * is Ana, and my email is..." gives "Ana").
   *
   * @param language the conversation's language (en, ja, es, fr, pt or de); introductions in the
   *     other languages are read too
   * @throws IllegalArgumentException when the language is not one of the six
   */
  public static Optional<String> name(String text, String language) {
    Objects.requireNonNull(text, "text");
    ConversationLanguage.parse(language);
    return GuestNames.find(compatible(text));
  }

  private static boolean possible(String e164) {
    try {
      return PHONES.isPossibleNumber(PHONES.parse(e164, "ZZ"));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** Full-width letters and digits made ASCII, typographic apostrophes straight; case kept. */
  private static String compatible(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2019', '\'');
  }
}
