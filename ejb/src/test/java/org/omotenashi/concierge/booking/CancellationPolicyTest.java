package org.omotenashi.concierge.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CancellationPolicyTest {
  private static final ZoneId KYOTO = ZoneId.of("Asia/Tokyo");
  private final CancellationPolicy policy = new CancellationPolicy(72, LocalTime.of(15, 0), KYOTO);
  private final LocalDate arrival = LocalDate.of(2027, 1, 15);

  @Test
  void theDeadlineIsSeventyTwoHoursBeforeCheckInTimeInTheHotelsTimeZone() {
    // 15:00 in Kyoto on the 12th is 06:00 UTC.
    assertThat(policy.freeUntil(arrival)).isEqualTo(Instant.parse("2027-01-12T06:00:00Z"));
  }

  @Test
  void oneMinuteBeforeTheDeadlineIsFreeAndOneMinuteAfterIsNot() {
    Instant deadline = policy.freeUntil(arrival);

    assertThat(policy.isFree(arrival, deadline.minusSeconds(60))).isTrue();
    assertThat(policy.isFree(arrival, deadline.plusSeconds(60))).isFalse();
  }

  @Test
  void theDemoHotelsPolicyIsReadFromItsPropertyFile() {
    CancellationPolicy demo = CancellationPolicy.of(DemoHotel.property());

    assertThat(demo).isEqualTo(policy);
  }
}
