package org.omotenashi.concierge.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectationsTest {
  @Test
  void repliesAreComparedWithoutDigitGroupsOrCaseAndWithTwoDigitHours() {
    assertThat(Expectations.normalise("Total: ¥78,000")).contains("78000");
    assertThat(Expectations.normalise("2.500 JPY pro Person")).contains("2500");
    assertThat(Expectations.normalise("de 7:00 à 10:00")).contains("07:00").contains("10:00");
    assertThat(Expectations.normalise("１５：００から")).contains("15:00");
    assertThat(Expectations.normalise("Password: OMOTENASHI2026")).contains("omotenashi2026");
    assertThat(Expectations.normalise("10.00 Uhr")).contains("10.00");
  }
}
