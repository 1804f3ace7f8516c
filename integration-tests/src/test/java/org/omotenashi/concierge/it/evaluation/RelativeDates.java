package org.omotenashi.concierge.it.evaluation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date notations of the journey corpus, resolved against "today" in the hotel's time zone:
 *
 * <ul>
 *   <li>{@code "MM-DD"}: the next occurrence of that month-day strictly after today (a check-out
 *       written so: strictly after the check-in it belongs to, so "12-30" to "01-02" spans the new
 *       year);
 *   <li>{@code "+Nd"}: today plus N days ({@code "+0d"} is today);
 *   <li>{@code "next:FRIDAY"}: the first Friday strictly after today; {@code "next:FRIDAY+3"}: three
 *       days after it;
 *   <li>{@code "this:SATURDAY"}: today if it is a Saturday, else the next one; {@code "+N"} as above.
 * </ul>
 *
 * <p>Where a message can fairly be read two ways ("next Friday" on a Monday), an expectation lists
 * the readings; {@link #stays} pairs check-in and check-out lists of the same length.
 */
public final class RelativeDates {
  public static final ZoneId HOTEL_ZONE = ZoneId.of("Asia/Tokyo");

  private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");
  private static final Pattern PLUS_DAYS = Pattern.compile("\\+(\\d{1,3})d");
  private static final Pattern WEEKDAY = Pattern.compile("(next|this):([A-Z]+)(?:\\+(\\d{1,2}))?");

  private final LocalDate today;

  public RelativeDates(LocalDate today) {
    this.today = today;
  }

  /** Today in the hotel's time zone. */
  public static RelativeDates hotelToday() {
    return new RelativeDates(LocalDate.now(HOTEL_ZONE));
  }

  public LocalDate today() {
    return today;
  }

  /** A check-in, or any date that stands alone. */
  public LocalDate resolve(String notation) {
    return resolveAfter(notation, today);
  }

  /**
   * A date that follows another (a check-out after its check-in): month-days are taken strictly after
   * {@code anchor}; the other notations ignore it.
   */
  public LocalDate resolveAfter(String notation, LocalDate anchor) {
    String text = notation == null ? "" : notation.strip();
    Matcher monthDay = MONTH_DAY.matcher(text);
    if (monthDay.matches()) {
      return nextMonthDay(monthDayOf(monthDay, text), anchor);
    }
    Matcher plusDays = PLUS_DAYS.matcher(text);
    if (plusDays.matches()) {
      return today.plusDays(Integer.parseInt(plusDays.group(1)));
    }
    Matcher weekday = WEEKDAY.matcher(text);
    if (weekday.matches()) {
      DayOfWeek day = dayOfWeek(weekday.group(2), text);
      LocalDate base =
          weekday.group(1).equals("next")
              ? today.with(TemporalAdjusters.next(day))
              : today.with(TemporalAdjusters.nextOrSame(day));
      return weekday.group(3) == null ? base : base.plusDays(Integer.parseInt(weekday.group(3)));
    }
    throw new IllegalArgumentException(
        "'" + notation + "' is not a date notation (MM-DD, +Nd, next:FRIDAY[+N], this:SATURDAY[+N])");
  }

  /** Whether {@code notation} is one of the notations above. */
  public static boolean isNotation(String notation) {
    try {
      new RelativeDates(LocalDate.of(2026, 1, 1)).resolve(notation);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A check-in and check-out pair. */
  public record Stay(LocalDate checkIn, LocalDate checkOut) {
    @Override
    public String toString() {
      return checkIn + "/" + checkOut;
    }
  }

  /**
   * Every stay an expectation accepts: {@code checkIn} and {@code checkOut} are each a notation or a
   * list of them; two lists of the same length are paired by position, anything else is combined
   * every way.
   */
  public List<Stay> stays(Object checkIn, Object checkOut) {
    List<String> ins = alternatives(checkIn);
    List<String> outs = alternatives(checkOut);
    List<Stay> stays = new ArrayList<>();
    if (ins.size() > 1 && ins.size() == outs.size()) {
      for (int i = 0; i < ins.size(); i++) {
        LocalDate in = resolve(ins.get(i));
        stays.add(new Stay(in, resolveAfter(outs.get(i), in)));
      }
      return stays;
    }
    for (String inNotation : ins) {
      LocalDate in = resolve(inNotation);
      for (String outNotation : outs) {
        stays.add(new Stay(in, resolveAfter(outNotation, in)));
      }
    }
    return stays;
  }

  /** A notation or a list of notations, as a list. */
  public static List<String> alternatives(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  private static LocalDate nextMonthDay(MonthDay monthDay, LocalDate after) {
    for (int year = after.getYear(); year <= after.getYear() + 8; year++) {
      if (monthDay.isValidYear(year)) {
        LocalDate candidate = monthDay.atYear(year);
        if (candidate.isAfter(after)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("No " + monthDay + " after " + after);
  }

  private static MonthDay monthDayOf(Matcher matcher, String text) {
    try {
      return MonthDay.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a month-day", e);
    }
  }

  private static DayOfWeek dayOfWeek(String name, String text) {
    try {
      return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' does not name a day of the week", e);
    }
  }
}
