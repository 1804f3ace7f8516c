package org.omotenashi.concierge.agent.llm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.omotenashi.concierge.agent.dialogue.HotelProfile;
import org.omotenashi.concierge.agent.dialogue.HotelProfile.Fact;
import org.omotenashi.concierge.agent.dialogue.HotelProfile.RoomTypeProfile;
import org.omotenashi.concierge.agent.dialogue.Reading;
import org.omotenashi.concierge.agent.dialogue.TurnContext;
import org.omotenashi.concierge.agent.understanding.Intent;
import org.omotenashi.concierge.agent.understanding.IntentGuess;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.hotel.StayRules;

/**
 * A small hotel for the LLM tests: its profile, a guest's turn context and one guest's booking. The
 * tools are the dialogue tests' {@code InMemoryHotelTools}, which count every use so that a test
 * can show a tool was never reached.
 */
final class LlmTestHotel {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
  static final String CONVERSATION = "c-llm";
  static final StayPeriod EMMAS_STAY = new StayPeriod(TODAY.plusDays(10), TODAY.plusDays(12));
  static final GuestContact EMMA = new GuestContact("Emma Schmidt", "emma@example.com", null);

  static final HotelProfile PROFILE =
      new HotelProfile(
          "Hotel Sakura Kyoto",
          "1 Gion-machi, Kyoto",
          "+81 75 000 0000",
          "stay@sakura.example",
          "Front desk open 24 hours",
          ZoneId.of("Asia/Tokyo"),
          "JPY",
          List.of("en", "ja"),
          "SKR",
          new StayRules(LocalTime.of(15, 0), LocalTime.of(11, 0), 30, 365, 72),
          List.of(
              new RoomTypeProfile("STD-TWIN", "Standard Twin", "two single beds", 2, 22, false),
              new RoomTypeProfile("JPN-TATAMI", "Japanese Tatami Room", "futons on tatami", 4, 36, false)),
          Set.of("201", "202", "501"),
          Set.of("HOUSEKEEPING", "FRONT_DESK", "CONCIERGE"),
          List.of(
              new Fact("amenities", "wifi", "en", "free everywhere; network Sakura-Guest, password omotenashi2026"),
              new Fact("amenities", "wifi", "ja", "全館無料。ネットワーク Sakura-Guest、パスワード omotenashi2026"),
              new Fact("transport", "kyoto_station", "en", "10 minutes by taxi")));

  static TurnContext context(String guestPhone) {
    return new TurnContext(CONVERSATION, guestPhone, TODAY, NOW);
  }

  /** A message the offline reader understood nothing of but its language. */
  static Reading reading(String text, String language) {
    return new Reading(text, language, new IntentGuess(Intent.OUT_OF_SCOPE, 0.2), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /** "Yes", as the offline reader reads it. */
  static Reading yes() {
    return new Reading("yes", "en", new IntentGuess(Intent.GREETING, 0.3), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty(), List.of(), Optional.empty());
  }
}
