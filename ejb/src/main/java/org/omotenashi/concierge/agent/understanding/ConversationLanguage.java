package org.omotenashi.concierge.agent.understanding;

import java.util.Locale;
import java.util.Objects;

/**
 * The language of the conversation, as far as reading dates depends on it: which abbreviations that
 * are everyday words elsewhere count as months, and in which order a numeric date like {@code
 * 05/03} gives day and month.
 *
 * <p>English without a region is read only when the numbers leave no choice ({@code 15/01} and
 * {@code 01/15} are both January 15, {@code 05/03} is refused), because guests writing English use
 * both orders; {@code en-US} reads month first, any other English region day first.
 */
record ConversationLanguage(GuestLanguage language, NumericOrder numericOrder) {

  /** How a numeric date whose two numbers could both be a month is read. */
  enum NumericOrder {
    DAY_FIRST,
    MONTH_FIRST,
    /** Refused: the writer could have meant either. */
    UNAMBIGUOUS_ONLY
  }

  /**
   * Reads a language tag such as {@code es}, {@code pt-BR} or {@code en-GB}.
   *
   * @throws IllegalArgumentException when the language is not one of en, ja, es, fr, pt, de
   */
  static ConversationLanguage parse(String tag) {
    Objects.requireNonNull(tag, "language");
    Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
    GuestLanguage language =
        GuestLanguage.of(locale.getLanguage())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "language must be one of en, ja, es, fr, pt, de, not " + tag));
    return new ConversationLanguage(language, orderOf(language, locale.getCountry()));
  }

  private static NumericOrder orderOf(GuestLanguage language, String region) {
    switch (language) {
      case JA:
        return NumericOrder.MONTH_FIRST;
      case EN:
        if (region.isEmpty()) {
          return NumericOrder.UNAMBIGUOUS_ONLY;
        }
        return region.equals("US") ? NumericOrder.MONTH_FIRST : NumericOrder.DAY_FIRST;
      default:
        return NumericOrder.DAY_FIRST;
    }
  }
}
