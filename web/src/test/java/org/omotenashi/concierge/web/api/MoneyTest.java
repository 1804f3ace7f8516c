package org.omotenashi.concierge.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void yenHasNoMinorUnit() {
    assertThat(Money.of(new BigDecimal("54000.00"), "JPY").amount()).isEqualByComparingTo("54000")
        .hasToString("54000");
  }

  @Test
  void eurosKeepTwoDecimals() {
    assertThat(Money.of(new BigDecimal("120.5"), "EUR").amount()).hasToString("120.50");
  }
}
