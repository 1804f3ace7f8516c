package org.omotenashi.concierge.agent.dialogue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Places a day read without its month next to the stay the guest is talking about. */
final class DayAnchoring {
  /** How far from the stay a day must fall before it is taken for the stay's month instead. */
  private static final int FAR_DAYS = 25;

  private DayAnchoring() {}

  /**
   * {@code day} itself when it is near {@code stay}, else the same day of the month closest to
   * {@code stay} (its month, the one before or after); null stays null.
   */
  static LocalDate near(LocalDate day, LocalDate stay) {
    if (day == null || Math.abs(ChronoUnit.DAYS.between(stay, day)) <= FAR_DAYS) {
      return day;
    }
    LocalDate best = day;
    for (int months = -1; months <= 1; months++) {
      LocalDate month = stay.plusMonths(months);
      if (day.getDayOfMonth() > month.lengthOfMonth()) {
        continue;
      }
      LocalDate candidate = month.withDayOfMonth(day.getDayOfMonth());
      if (Math.abs(ChronoUnit.DAYS.between(stay, candidate))
          < Math.abs(ChronoUnit.DAYS.between(stay, best))) {
        best = candidate;
      }
    }
    return best;
  }

  /** The first date after {@code checkIn} that falls on {@code dayOfMonth}, or null. */
  static LocalDate firstAfter(LocalDate checkIn, int dayOfMonth) {
    for (LocalDate day = checkIn.plusDays(1);
        day.isBefore(checkIn.plusDays(62));
        day = day.plusDays(1)) {
      if (day.getDayOfMonth() == dayOfMonth) {
        return day;
      }
    }
    return null;
  }
}
