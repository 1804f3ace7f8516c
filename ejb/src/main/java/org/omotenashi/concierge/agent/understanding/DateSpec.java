package org.omotenashi.concierge.agent.understanding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * A date as the guest wrote it, before it is placed in time. Resolving gives the date meant, no
 * earlier than a given day: today for a check-in, the day after check-in for a check-out (so
 * "December 30 to January 2" ends in the next year and "from Friday to Sunday" on the Sunday
 * after). A date written with its year is taken as written, even in the past.
 */
sealed interface DateSpec {

  /** How many years ahead a day and month without year are looked for (February 29 needs 8). */
  int YEARS_AHEAD = 8;

  /** The date meant, not before {@code earliest} unless the guest wrote the year; or none. */
  Optional<LocalDate> resolve(LocalDate today, LocalDate earliest);

  /** A date known exactly: "2027-01-15", "tomorrow". */
  record On(LocalDate date) implements DateSpec {
    @Override
    public Optional<LocalDate> resolve(LocalDate today, LocalDate earliest) {
      return Optional.of(date);
    }
  }

  /** "15 January" (the next one) or "15 January 2027"; empty when the day does not exist. */
  record DayMonth(int day, Month month, Integer year) implements DateSpec {
    @Override
    public Optional<LocalDate> resolve(LocalDate today, LocalDate earliest) {
      if (year != null) {
        return YearMonth.of(year, month).isValidDay(day)
            ? Optional.of(LocalDate.of(year, month, day))
            : Optional.empty();
      }
      for (int y = earliest.getYear(); y <= earliest.getYear() + YEARS_AHEAD; y++) {
        if (YearMonth.of(y, month).isValidDay(day)) {
          LocalDate date = LocalDate.of(y, month, day);
          if (!date.isBefore(earliest)) {
            return Optional.of(date);
          }
        }
      }
      return Optional.empty();
    }
  }

  /** "the 15th" without a month: the next 15th. */
  record DayOfMonth(int day) implements DateSpec {
    @Override
    public Optional<LocalDate> resolve(LocalDate today, LocalDate earliest) {
      YearMonth month = YearMonth.from(earliest);
      for (int i = 0; i <= 12; i++, month = month.plusMonths(1)) {
        if (month.isValidDay(day) && !month.atDay(day).isBefore(earliest)) {
          return Optional.of(month.atDay(day));
        }
      }
      return Optional.empty();
    }
  }

  /**
   * "Friday", "this Friday", "on Friday": the coming one, today included; "next Friday" ({@code
   * afterToday}): the coming one after today.
   */
  record Weekday(DayOfWeek day, boolean afterToday) implements DateSpec {
    @Override
    public Optional<LocalDate> resolve(LocalDate today, LocalDate earliest) {
      LocalDate from = afterToday ? today.plusDays(1) : today;
      if (earliest.isAfter(from)) {
        from = earliest;
      }
      return Optional.of(from.with(TemporalAdjusters.nextOrSame(day)));
    }
  }

  /**
   * A weekday of a named week, weeks counted from the current one (Monday to Sunday): 今週の金曜日 is 0,
   * 来週の金曜日 and "Friday next week" are 1. Empty when that day is already past.
   */
  record WeekdayOfWeek(DayOfWeek day, int weeksAhead) implements DateSpec {
    @Override
    public Optional<LocalDate> resolve(LocalDate today, LocalDate earliest) {
      LocalDate date =
          today
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .plusWeeks(weeksAhead)
              .with(TemporalAdjusters.nextOrSame(day));
      return date.isBefore(earliest) ? Optional.empty() : Optional.of(date);
    }
  }
}
