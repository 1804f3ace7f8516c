package org.omotenashi.concierge.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The first guess at a new conversation's language, before the guest has said much: the web chat
 * browser's language, or the country of a phone number (+81 Japanese, +34 Spanish, +55 Portuguese),
 * where the hotel speaks it; else the hotel's default language. The agent refines it message by
 * message.
 */
public final class GuestLanguage {
  private static final Map<String, String> LANGUAGE_OF_REGION =
      Map.ofEntries(
          Map.entry("JP", "ja"),
          Map.entry("ES", "es"), Map.entry("MX", "es"), Map.entry("AR", "es"), Map.entry("CO", "es"),
          Map.entry("CL", "es"), Map.entry("PE", "es"), Map.entry("VE", "es"), Map.entry("UY", "es"),
          Map.entry("FR", "fr"), Map.entry("BE", "fr"), Map.entry("LU", "fr"), Map.entry("MC", "fr"),
          Map.entry("BR", "pt"), Map.entry("PT", "pt"), Map.entry("AO", "pt"), Map.entry("MZ", "pt"),
          Map.entry("DE", "de"), Map.entry("AT", "de"), Map.entry("LI", "de"));

  private GuestLanguage() {}

  public static String guess(ChannelAddress address, String browserLanguage, List<String> spoken) {
    Optional<String> guessed =
        address.channel() == Channel.WEBCHAT
            ? Optional.ofNullable(browserLanguage).map(GuestLanguage::primary)
            : regionOf(address.value()).map(LANGUAGE_OF_REGION::get);
    return guessed.filter(spoken::contains).orElse(spoken.get(0));
  }

  private static String primary(String languageTag) {
    return Locale.forLanguageTag(languageTag.strip()).getLanguage();
  }

  private static Optional<String> regionOf(String e164) {
    try {
      PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
      return Optional.ofNullable(phones.getRegionCodeForNumber(phones.parse(e164, null)));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
