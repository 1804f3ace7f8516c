package org.omotenashi.concierge.hotel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.hotel.StayRules.StayRuleBreach;

class StayRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final StayRules RULES =
      new StayRules(LocalTime.of(15, 0), LocalTime.of(11, 0), 14, 180, 72);

  @Test
  void aStayFromTodayUpToTheLongestStayIsTaken() {
    assertThat(RULES.breach(TODAY, TODAY.plusDays(1), TODAY)).isEmpty();
    assertThat(RULES.breach(TODAY, TODAY.plusDays(14), TODAY)).isEmpty();
  }

  @Test
  void yesterdayIsInThePast() {
    assertThat(RULES.breach(TODAY.minusDays(1), TODAY.plusDays(1), TODAY))
        .contains(new StayRuleBreach("checkIn", "is in the past (today is 2026-11-24 at the hotel)"));
  }

  @Test
  void theLastDayOfTheHorizonIsTakenAndTheNextIsNot() {
    LocalDate lastDay = TODAY.plusDays(180);
    assertThat(RULES.breach(lastDay, lastDay.plusDays(2), TODAY)).isEmpty();
    assertThat(RULES.breach(lastDay.plusDays(1), lastDay.plusDays(2), TODAY))
        .contains(new StayRuleBreach("checkIn", "is more than 180 days ahead"));
  }

  @Test
  void oneNightMoreThanTheLongestStayBlamesTheCheckOut() {
    assertThat(RULES.breach(TODAY, TODAY.plusDays(15), TODAY))
        .contains(new StayRuleBreach("checkOut", "makes 15 nights; the longest stay is 14"));
  }

  @Test
  void aCheckOutOnTheDayOfArrivalIsNoStay() {
    assertThat(RULES.breach(TODAY.plusDays(3), TODAY.plusDays(3), TODAY))
        .contains(new StayRuleBreach("checkOut", "must be after checkIn"));
  }
}
