package org.omotenashi.concierge.agent.dialogue;

import java.time.LocalDate;
import org.omotenashi.concierge.agent.understanding.BookingReferences;
import org.omotenashi.concierge.agent.understanding.ContactDetails;
import org.omotenashi.concierge.agent.understanding.HotelTopics;
import org.omotenashi.concierge.agent.understanding.IntentClassifier;
import org.omotenashi.concierge.agent.understanding.LanguageDetector;
import org.omotenashi.concierge.agent.understanding.PartySize;
import org.omotenashi.concierge.agent.understanding.RoomNumbers;
import org.omotenashi.concierge.agent.understanding.RoomTypeMatcher;
import org.omotenashi.concierge.agent.understanding.ServiceRequests;
import org.omotenashi.concierge.agent.understanding.StayDates;
import org.omotenashi.concierge.agent.understanding.TimeOfDay;
import org.omotenashi.concierge.agent.understanding.YesNo;

/**
 * Reads a guest message with every recogniser of {@code agent.understanding}. Holds the trained
 * models (the language detector and the intent classifier load once, in about a second) and the
 * hotel's room types; thread-safe.
 */
public final class MessageReader {
  private final LanguageDetector languages;
  private final IntentClassifier intents;
  private final StayDates stayDates = new StayDates();
  private final HotelProfile hotel;
  private final RoomTypeMatcher roomTypes;

  public MessageReader(LanguageDetector languages, IntentClassifier intents, HotelProfile hotel) {
    this.languages = languages;
    this.intents = intents;
    this.hotel = hotel;
    this.roomTypes =
        new RoomTypeMatcher(
            hotel.roomTypes().stream()
                .map(
                    type ->
                        new RoomTypeMatcher.RoomTypeNames(
                            type.code(), type.name(), type.beds(), type.maxGuests()))
                .toList());
  }

  public HotelProfile hotel() {
    return hotel;
  }

  /**
   * @param conversationLanguage the language the conversation was in so far, which a short message
   *     keeps
   * @param today the hotel's date, from which "tomorrow" and years are read
   */
  public Reading read(String text, String conversationLanguage, LocalDate today) {
    return read(text, conversationLanguage, true, today);
  }

  /**
   * @param languageSettled false on a conversation's first message, when its language is only a
   *     guess that any clear sentence overrides
   */
  public Reading read(
      String text, String conversationLanguage, boolean languageSettled, LocalDate today) {
    String language = languages.detect(text, conversationLanguage, languageSettled);
    if (!hotel.languages().contains(language)) {
      language = conversationLanguage;
    }
    return new Reading(
        text,
        language,
        intents.classify(text, language),
        stayDates.find(text, language, today),
        PartySize.find(text, language),
        roomTypes.find(text, language),
        BookingReferences.find(text, hotel.referencePrefix()),
        RoomNumbers.find(text, language).filter(hotel.rooms()::contains),
        ContactDetails.name(text, language),
        ContactDetails.email(text),
        ContactDetails.phone(text),
        YesNo.read(text, language),
        TimeOfDay.find(text, language),
        HotelTopics.find(text, language),
        ServiceRequests.find(text, language));
  }
}
