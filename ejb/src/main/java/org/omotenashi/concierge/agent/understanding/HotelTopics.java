package org.omotenashi.concierge.agent.understanding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says which {@link HotelTopic}s a guest's hotel question is about, in the order the message
 * mentions them ("is there parking and what time is breakfast?" is PARKING, then BREAKFAST), from
 * word lists per language in {@code agent/topics/<language>.txt} ("wifi", "contraseña", "mot de
 * passe", "WLAN", "senha", "パスワード"...). Words of five letters or more may carry one typo
 * ("breakfst", "Fruhstuck"); accents and case never matter; see {@link Lexicon}.
 *
 * <p>Check-in and check-out: "check-in" alone is {@link HotelTopic#CHECK_IN_TIME}, while "early
 * check-in" is {@link HotelTopic#EARLY_CHECK_IN} and not also the time; the same for late
 * check-out. Deliberately not recognised: a topic implied without its words ("can I go online?" is
 * found, "is my laptop ok here?" is not), and prices for dates, which are availability questions.
 * Each language reads its own list only (a French "car" means "because").
 */
public final class HotelTopics {
  private static final Map<GuestLanguage, Lexicon<HotelTopic>> LEXICONS =
      Lexicon.load("agent/topics", HotelTopic::valueOf);

  private HotelTopics() {}

  /**
   * The topics the message asks about, each once, in order of first mention; empty when it names
   * none. {@code language} is "en", "ja", "es", "fr", "pt" or "de"; any other code reads English.
   */
  public static List<HotelTopic> find(String text, String language) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Lexicon<HotelTopic> lexicon =
        LEXICONS.get(GuestLanguage.of(language == null ? "en" : language).orElse(GuestLanguage.EN));
    Set<HotelTopic> seen = EnumSet.noneOf(HotelTopic.class);
    List<HotelTopic> topics = new ArrayList<>(2);
    for (Lexicon.Match<HotelTopic> match : lexicon.find(IntentFeatures.normalize(text))) {
      if (seen.add(match.label())) {
        topics.add(match.label());
      }
    }
    return List.copyOf(topics);
  }
}
