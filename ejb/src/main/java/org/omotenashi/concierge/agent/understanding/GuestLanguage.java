package org.omotenashi.concierge.agent.understanding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six languages guests write to the hotel in, each with the locale its names come from. */
enum GuestLanguage {
  EN,
  JA,
  ES,
  FR,
  PT,
  DE;

  final Locale locale = Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));

  static Optional<GuestLanguage> of(String isoCode) {
    return Arrays.stream(values())
        .filter(language -> language.locale.getLanguage().equals(isoCode))
        .findFirst();
  }
}
