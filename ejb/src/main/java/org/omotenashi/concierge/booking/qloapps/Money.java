package org.omotenashi.concierge.booking.qloapps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts as QloApps computes them (six decimals) rounded to what the currency can be paid in. */
final class Money {
  private Money() {}

  static BigDecimal round(BigDecimal amount, String currency) {
    int digits;
    try {
      digits = Currency.getInstance(currency).getDefaultFractionDigits();
    } catch (IllegalArgumentException e) {
      digits = -1;
    }
    return digits < 0 ? amount.stripTrailingZeros() : amount.setScale(digits, RoundingMode.HALF_UP);
  }
}
