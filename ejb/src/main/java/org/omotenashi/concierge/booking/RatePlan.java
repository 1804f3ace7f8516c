package org.omotenashi.concierge.booking;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The price of each night of a room type: a seasonal price where one covers the night (the newest
 * one when several do), else the weekend rate on Friday and Saturday nights where the room type has
 * one, else the base rate. Prices are per room and night, taxes included.
 *
 * @param weekendRate null when the room type has no weekend rate
 * @param seasons seasonal prices, in the order they were set (oldest first)
 */
public record RatePlan(BigDecimal baseRate, BigDecimal weekendRate, List<SeasonalPrice> seasons) {
  private static final Set<DayOfWeek> WEEKEND_NIGHTS = Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

  /** A price set by staff for some nights. */
  public record SeasonalPrice(NightRange nights, BigDecimal rate) {}

  public RatePlan {
    seasons = List.copyOf(seasons);
  }

  public BigDecimal priceOf(LocalDate night) {
    return seasons.stream()
        .filter(season -> season.nights().contains(night))
        .reduce((older, newer) -> newer)
        .map(SeasonalPrice::rate)
        .orElseGet(() -> isWeekendNight(night) && weekendRate != null ? weekendRate : baseRate);
  }

  public List<BigDecimal> nightly(StayPeriod stay) {
    return stay.eachNight().stream().map(this::priceOf).toList();
  }

  public static BigDecimal total(List<BigDecimal> nightly) {
    return nightly.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static boolean isWeekendNight(LocalDate night) {
    return WEEKEND_NIGHTS.contains(night.getDayOfWeek());
  }

}
