package org.omotenashi.concierge.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {
  // A Tuesday.
  private final RelativeDates dates = new RelativeDates(LocalDate.of(2026, 11, 24));

  @Test
  void aMonthDayIsItsNextOccurrenceStrictlyAfterToday() {
    assertThat(dates.resolve("01-15")).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(dates.resolve("12-10")).isEqualTo(LocalDate.of(2026, 12, 10));
    assertThat(dates.resolve("11-24")).isEqualTo(LocalDate.of(2027, 11, 24));
    assertThat(dates.resolve("11-25")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(dates.resolve("02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aMonthDayCheckOutFollowsItsCheckInAcrossTheNewYear() {
    assertThat(dates.stays("12-30", "01-02"))
        .containsExactly(new RelativeDates.Stay(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2)));
    RelativeDates midJanuary = new RelativeDates(LocalDate.of(2027, 1, 16));
    assertThat(midJanuary.stays("01-15", "01-18"))
        .containsExactly(new RelativeDates.Stay(LocalDate.of(2028, 1, 15), LocalDate.of(2028, 1, 18)));
  }

  @Test
  void plusDaysCountFromToday() {
    assertThat(dates.resolve("+0d")).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(dates.resolve("+1d")).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(dates.resolve("+40d")).isEqualTo(LocalDate.of(2027, 1, 3));
  }

  @Test
  void nextWeekdayIsStrictlyAfterTodayAndThisWeekdayMayBeToday() {
    assertThat(dates.resolve("next:FRIDAY")).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(dates.resolve("next:FRIDAY+3")).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(dates.resolve("next:TUESDAY")).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(dates.resolve("this:TUESDAY")).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(dates.resolve("this:SATURDAY+2")).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void listsOfTheSameLengthArePairedOtherwiseCombined() {
    assertThat(dates.stays(List.of("next:FRIDAY", "next:FRIDAY+7"), List.of("next:FRIDAY+2", "next:FRIDAY+9")))
        .containsExactly(
            new RelativeDates.Stay(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 29)),
            new RelativeDates.Stay(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 6)));
    assertThat(dates.stays(List.of("this:SATURDAY", "next:FRIDAY"), "next:SATURDAY+1")).hasSize(2);
  }

  @Test
  void anythingElseIsRefusedNamingIt() {
    assertThatThrownBy(() -> dates.resolve("2027-01-15")).hasMessageContaining("2027-01-15");
    assertThatThrownBy(() -> dates.resolve("02-30")).hasMessageContaining("02-30");
    assertThatThrownBy(() -> dates.resolve("next:FRYDAY")).hasMessageContaining("FRYDAY");
    assertThat(RelativeDates.isNotation("+3d")).isTrue();
    assertThat(RelativeDates.isNotation("tomorrow")).isFalse();
  }
}
