package org.omotenashi.concierge.web.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money as the API shows it: {@code {"amount": 54000, "currency": "JPY"}}, the amount in the
 * currency's major unit with its own number of decimals (none for JPY).
 */
public record Money(BigDecimal amount, String currency) {
  public static Money of(BigDecimal amount, String currency) {
    int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
  }
}
