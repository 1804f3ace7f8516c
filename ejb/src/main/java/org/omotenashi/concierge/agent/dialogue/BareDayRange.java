package org.omotenashi.concierge.agent.dialogue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omotenashi.concierge.agent.understanding.StayDatesFound;

/**
 * Two bare days as a range ("de 6 a 8", "from 6 to 8", "du 6 au 8", "6-8") while a stay is being
 * chosen: alone they could be hours or people, next to a stay they are its new dates, in its month.
 */
final class BareDayRange {
  private static final Pattern RANGE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d:./])(?:(?:de|from|du|vom|del|desde)\\s+)?(\\d{1,2})"
              + "\\s*(?:a|to|au|bis|al|ao|até|ate|-|~|〜)\\s*(\\d{1,2})"
              + "(?!\\s*(?:[:.h]\\d|h\\b|uhr|pm|am|時|人|名|泊|nights?|noites?|noches?|nuits?"
              + "|n[äa]chte?|pessoas|personas|personnes|personen|people|adult|%)|\\d)");

  private BareDayRange() {}

  /** The stay the range names near {@code stay}'s arrival, or empty. */
  static Optional<StayDatesFound> near(String text, LocalDate stay) {
    Matcher m = RANGE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    int last = Integer.parseInt(m.group(2));
    if (first < 1 || first > 31 || last < 1 || last > 31 || first == last) {
      return Optional.empty();
    }
    LocalDate checkIn = DayAnchoring.near(dayOf(stay, first), stay);
    LocalDate checkOut = checkIn == null ? null : DayAnchoring.firstAfter(checkIn, last);
    if (checkIn == null || checkOut == null) {
      return Optional.empty();
    }
    return Optional.of(
        new StayDatesFound(checkIn, checkOut, (int) ChronoUnit.DAYS.between(checkIn, checkOut)));
  }

  private static LocalDate dayOf(LocalDate stay, int day) {
    return day > stay.lengthOfMonth() ? null : stay.withDayOfMonth(day);
  }
}
