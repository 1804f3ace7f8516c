package org.omotenashi.concierge.template;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Renders a template text, an ICU MessageFormat pattern with named arguments, in a guest's language
 * and the hotel's time zone.
 *
 * <p>Texts use ICU syntax: {@code {guestName}}, {@code {nights, plural, one {# night} other {#
 * nights}}}, {@code {checkIn, date, long}} or a skeleton such as {@code {checkIn, date, ::yMMMEd}},
 * {@code {hasRoom, select, yes {for room {room}} other {}}}. Before formatting, values are
 * converted so that the text reads right wherever the server runs:
 *
 * <ul>
 *   <li>{@link LocalDate} becomes noon of that day in the zone, so it shows the same day
 *       everywhere; {@link LocalDateTime} is that wall time in the zone; {@link Instant}, {@link
 *       ZonedDateTime}, {@link OffsetDateTime} and {@link Date} are shown as the zone's clock shows
 *       them; {@link LocalTime} is that time of day. They are handed to ICU as calendars in the
 *       zone, so every date format in the text uses the zone, including those nested in a plural or
 *       select (which the MessageFormat API does not expose); the JVM's default zone is never read
 *       or changed. A date variable written without a style ({@code {checkIn}}) gets a medium date
 *       (a medium date and time for an instant, a short time for a time of day) instead of ICU's
 *       short date-time.
 *   <li>{@link Money} becomes the locale's currency format with the currency's own number of
 *       decimals (none for JPY): "¥54,000" in English, "￥54,000" in Japanese, "54.000 ¥" in German.
 *   <li>{@link Boolean} becomes the select keyword {@value #YES} or {@value #NO}; an enum its name;
 *       numbers stay numbers, so that plurals work; anything else is shown as it is.
 * </ul>
 *
 * <p>A variable the text uses but the caller did not pass (or passed as {@code null}) is an error,
 * {@link TemplateRenderingException}, never a message with a placeholder left in it. Besides ICU's
 * own syntax rules, a text must use named arguments only and must not contain a closing brace
 * outside an argument (ICU would print it; in a guest's message it is always a typo).
 *
 * <p>Instances hold no state and are safe to share between threads.
 */
public final class TemplateRenderer {
  /** The select keyword a {@code true} value becomes. */
  public static final String YES = "yes";

  /** The select keyword a {@code false} value becomes. */
  public static final String NO = "no";

  /** Noon keeps a calendar date on the same day in every time zone's rendering of it. */
  private static final LocalTime MIDDAY = LocalTime.NOON;

  /** Any day without a time-zone transition will do to show a time of day. */
  private static final LocalDate SOME_DAY = LocalDate.of(2000, 1, 1);

  /**
   * An amount of money in a currency, formatted in the guest's locale.
   *
   * @param amount the amount, rounded to the currency's decimals when shown
   * @param currency the ISO 4217 code, such as {@code JPY}
   */
  public record Money(BigDecimal amount, String currency) {
    public Money {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(currency, "currency");
      try {
        java.util.Currency.getInstance(currency);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Not an ISO 4217 currency code: " + currency, e);
      }
    }
  }

  /**
   * Renders a text.
   *
   * @param pattern the template text, an ICU MessageFormat pattern with named arguments
   * @param language the guest's language as a BCP 47 tag ({@code en}, {@code ja}, {@code pt-BR})
   * @param zone the hotel's time zone, in which dates and times are shown
   * @param variables the values by variable name; may hold more than the text uses
   * @return the message to send
   * @throws InvalidTemplateException if the pattern is not valid (see {@link #validate(String)})
   * @throws TemplateRenderingException if a variable is missing or a value does not fit its
   *     argument
   */
  public String render(
      String pattern, String language, ZoneId zone, Map<String, Object> variables) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(variables, "variables");
    MessagePattern parsed = parse(pattern);

    SortedSet<String> missing = new TreeSet<>();
    for (String name : names(parsed)) {
      if (variables.get(name) == null) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw TemplateRenderingException.missing(missing);
    }

    ULocale locale = locale(language);
    TimeZone icuZone = icuZone(zone);
    Map<String, Object> arguments = new HashMap<>();
    Map<String, String> defaultStyles = new HashMap<>();
    variables.forEach(
        (name, value) -> {
          if (value != null) {
            arguments.put(name, convert(value, locale, zone, icuZone));
            defaultStyle(value).ifPresent(style -> defaultStyles.put(name, style));
          }
        });

    try {
      return new MessageFormat(withDefaultStyles(pattern, parsed, defaultStyles), locale)
          .format(arguments);
    } catch (IllegalArgumentException e) {
      // ICU's reason names the value it could not use, e.g. "'three' is not a Number".
      throw new TemplateRenderingException(
          "Cannot render template: " + e.getMessage() + " in \"" + pattern + "\"", e);
    }
  }

  /**
   * Checks that a text is a valid template: ICU MessageFormat syntax, named arguments only, and no
   * closing brace outside an argument.
   *
   * @throws InvalidTemplateException saying what is wrong
   */
  public void validate(String pattern) {
    parse(pattern);
  }

  /**
   * The names of the variables a text uses, including those nested in plural and select branches,
   * in alphabetical order.
   *
   * @throws InvalidTemplateException if the text is not a valid template
   */
  public Set<String> variables(String pattern) {
    return Collections.unmodifiableSortedSet(names(parse(pattern)));
  }

  private static MessagePattern parse(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new InvalidTemplateException("A template must not be empty");
    }
    MessagePattern parsed;
    try {
      parsed = new MessagePattern(pattern);
      // The syntax alone accepts any argument type and style; building the formats checks them.
      new MessageFormat(pattern, ULocale.ROOT);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new InvalidTemplateException(e.getMessage());
    }
    for (int i = 0; i < parsed.countParts(); i++) {
      Part part = parsed.getPart(i);
      if (part.getType() == Part.Type.ARG_NUMBER) {
        int openingBrace = parsed.getPart(i - 1).getIndex();
        throw new InvalidTemplateException(
            "Use a variable name instead of the number {"
                + part.getValue()
                + "} at position "
                + (openingBrace + 1));
      }
    }
    rejectStrayClosingBrace(pattern, parsed);
    return parsed;
  }

  /**
   * ICU reads a '}' outside any argument as literal text; in a guest's message it is always a typo
   * ("Hello {guestName}}"). This scans the top level of the text with ICU's quoting rules (an
   * apostrophe quotes only before a brace, two apostrophes are one) and jumps over arguments.
   */
  private static void rejectStrayClosingBrace(String pattern, MessagePattern parsed) {
    Map<Integer, Integer> argumentEnds = new HashMap<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      Part part = parsed.getPart(i);
      if (part.getType() == Part.Type.ARG_START) {
        int limit = parsed.getLimitPartIndex(i);
        argumentEnds.put(part.getIndex(), parsed.getPart(limit).getIndex());
        i = limit;
      }
    }
    int length = pattern.length();
    int i = 0;
    while (i < length) {
      char c = pattern.charAt(i);
      char next = i + 1 < length ? pattern.charAt(i + 1) : 0;
      if (c == '{' && argumentEnds.containsKey(i)) {
        i = argumentEnds.get(i) + 1;
      } else if (c == '\'' && next == '\'') {
        i += 2;
      } else if (c == '\'' && (next == '{' || next == '}')) {
        i = endOfQuote(pattern, i + 2);
      } else if (c == '}') {
        throw new InvalidTemplateException("Unmatched '}' at position " + (i + 1));
      } else {
        i++;
      }
    }
  }

  /** The index after the apostrophe that closes a quote, or the end of the text. */
  private static int endOfQuote(String pattern, int from) {
    int index = from;
    while (true) {
      int apostrophe = pattern.indexOf('\'', index);
      if (apostrophe < 0) {
        return pattern.length();
      }
      if (apostrophe + 1 < pattern.length() && pattern.charAt(apostrophe + 1) == '\'') {
        index = apostrophe + 2;
      } else {
        return apostrophe + 1;
      }
    }
  }

  private static SortedSet<String> names(MessagePattern parsed) {
    SortedSet<String> names = new TreeSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      Part part = parsed.getPart(i);
      if (part.getType() == Part.Type.ARG_NAME) {
        names.add(parsed.getSubstring(part));
      }
    }
    return names;
  }

  /**
   * Gives a style to every date argument written without one, because ICU would format the calendar
   * we pass it with {@code toString()}. Inserted from the end so earlier indexes hold.
   */
  private static String withDefaultStyles(
      String pattern, MessagePattern parsed, Map<String, String> defaultStyles) {
    if (defaultStyles.isEmpty()) {
      return pattern;
    }
    StringBuilder result = new StringBuilder(pattern);
    for (int i = parsed.countParts() - 1; i >= 0; i--) {
      Part part = parsed.getPart(i);
      if (part.getType() == Part.Type.ARG_START && part.getArgType() == ArgType.NONE) {
        String style = defaultStyles.get(parsed.getSubstring(parsed.getPart(i + 1)));
        if (style != null) {
          int closingBrace = parsed.getPart(parsed.getLimitPartIndex(i)).getIndex();
          result.insert(closingBrace, ", " + style);
        }
      }
    }
    return result.toString();
  }

  private static Optional<String> defaultStyle(Object value) {
    if (value instanceof LocalDate) {
      return Optional.of("date, medium");
    }
    if (value instanceof LocalTime) {
      return Optional.of("time, short");
    }
    if (value instanceof LocalDateTime
        || value instanceof Instant
        || value instanceof ZonedDateTime
        || value instanceof OffsetDateTime
        || value instanceof Date) {
      return Optional.of("date, ::yMMMdjmm");
    }
    return Optional.empty();
  }

  private static Object convert(Object value, ULocale locale, ZoneId zone, TimeZone icuZone) {
    if (value instanceof LocalDate date) {
      return calendar(date.atTime(MIDDAY).atZone(zone).toInstant(), locale, icuZone);
    }
    if (value instanceof LocalDateTime dateTime) {
      return calendar(dateTime.atZone(zone).toInstant(), locale, icuZone);
    }
    if (value instanceof LocalTime time) {
      return calendar(SOME_DAY.atTime(time).atZone(zone).toInstant(), locale, icuZone);
    }
    if (value instanceof Instant instant) {
      return calendar(instant, locale, icuZone);
    }
    if (value instanceof ZonedDateTime dateTime) {
      return calendar(dateTime.toInstant(), locale, icuZone);
    }
    if (value instanceof OffsetDateTime dateTime) {
      return calendar(dateTime.toInstant(), locale, icuZone);
    }
    if (value instanceof Date date) {
      return calendar(date.toInstant(), locale, icuZone);
    }
    if (value instanceof Money money) {
      return format(money, locale);
    }
    if (value instanceof Boolean flag) {
      return flag ? YES : NO;
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value;
  }

  /**
   * ICU's date formats take a calendar as well as a date, and then show the calendar's zone. The
   * calendar is of the locale's type, as the formats' own are, so ICU uses it as it is.
   */
  private static Calendar calendar(Instant instant, ULocale locale, TimeZone zone) {
    Calendar calendar = Calendar.getInstance(zone, locale);
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  private static String format(Money money, ULocale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    // Setting the currency also sets its decimals: none for JPY, two for EUR.
    format.setCurrency(Currency.getInstance(money.currency()));
    return format.format(money.amount());
  }

  private static ULocale locale(String language) {
    if (language.isBlank()) {
      throw new IllegalArgumentException("A language is required");
    }
    return ULocale.forLanguageTag(language);
  }

  private static TimeZone icuZone(ZoneId zone) {
    String id;
    if (zone instanceof ZoneOffset offset) {
      id = offset.equals(ZoneOffset.UTC) ? "UTC" : "GMT" + offset.getId();
    } else {
      id = zone.getId();
    }
    TimeZone icuZone = TimeZone.getTimeZone(id);
    if (TimeZone.UNKNOWN_ZONE_ID.equals(icuZone.getID())) {
      throw new IllegalArgumentException("ICU does not know the time zone " + zone);
    }
    return icuZone;
  }
}
