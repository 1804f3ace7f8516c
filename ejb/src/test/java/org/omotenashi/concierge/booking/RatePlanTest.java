package org.omotenashi.concierge.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatePlanTest {
  private static final BigDecimal BASE = new BigDecimal("58000");
  private static final BigDecimal WEEKEND = new BigDecimal("64000");

  @Test
  void weekendRateAppliesToFridayAndSaturdayNightsOfAStayAcrossAWeekend() {
    // Thursday 2027-01-14 to Monday 2027-01-18: Thu, Fri, Sat, Sun nights.
    StayPeriod stay = new StayPeriod(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 18));
    RatePlan suite = new RatePlan(BASE, WEEKEND, List.of());

    assertThat(suite.nightly(stay)).containsExactly(BASE, WEEKEND, WEEKEND, BASE);
    assertThat(RatePlan.total(suite.nightly(stay))).isEqualByComparingTo("244000");
  }

  @Test
  void withoutAWeekendRateEveryNightCostsTheBaseRate() {
    StayPeriod stay = new StayPeriod(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 17));

    assertThat(new RatePlan(BASE, null, List.of()).nightly(stay)).containsExactly(BASE, BASE);
  }

  @Test
  void aSeasonalPriceOverlappingPartOfAStayPricesOnlyTheNightsItCovers() {
    // Season from the 16th to the 20th; the stay runs from the 14th to the 18th.
    var season = new RatePlan.SeasonalPrice(
        new NightRange(LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 20)), new BigDecimal("70000"));
    RatePlan suite = new RatePlan(BASE, WEEKEND, List.of(season));

    assertThat(suite.nightly(new StayPeriod(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 18))))
        .containsExactly(BASE, WEEKEND, new BigDecimal("70000"), new BigDecimal("70000"));
  }

  @Test
  void theNewestOfTwoOverlappingSeasonalPricesWins() {
    LocalDate night = LocalDate.of(2027, 4, 3);
    var older = new RatePlan.SeasonalPrice(new NightRange(night.minusDays(5), night), new BigDecimal("40000"));
    var newer = new RatePlan.SeasonalPrice(new NightRange(night, night.plusDays(5)), new BigDecimal("45000"));

    assertThat(new RatePlan(BASE, WEEKEND, List.of(older, newer)).priceOf(night)).isEqualByComparingTo("45000");
    assertThat(new RatePlan(BASE, WEEKEND, List.of(newer, older)).priceOf(night)).isEqualByComparingTo("40000");
  }
}
