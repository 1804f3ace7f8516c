package org.omotenashi.concierge.agent.dialogue;

import java.util.Set;
import org.omotenashi.concierge.agent.understanding.BookingActions;
import org.omotenashi.concierge.agent.understanding.HotelTopic;
import org.omotenashi.concierge.agent.understanding.Intent;
import org.omotenashi.concierge.agent.understanding.RoomPreferences;

/**
 * Where what a message contains says more than the classifier's guess: a booking reference with new
 * dates is a change, not a new stay; a question about parking that mentions "per night" is still a
 * question, and so is the price of breakfast for a child; a request from a room with a date and
 * a party is still a request; an unsure "cancel it" with a booking in the conversation cancels that booking; dates in
 * a message the classifier was unsure of ask for a room, and so does "is a room free?" after a
 * greeting. Null when the guess stands.
 */
final class IntentAdjustments {
  private static final Set<HotelTopic> STAY_TIMES =
      Set.of(
          HotelTopic.EARLY_CHECK_IN,
          HotelTopic.LATE_CHECK_OUT,
          HotelTopic.CHECK_IN_TIME,
          HotelTopic.CHECK_OUT_TIME);

  private IntentAdjustments() {}

  static Intent adjust(Turn turn, boolean confident) {
    Reading reading = turn.reading;
    Intent guess = turn.intent;
    boolean aboutAStay = guess == Intent.AVAILABILITY || guess == Intent.BOOK;
    if (aboutAStay && reading.reference().isPresent()) {
      return BookingActions.find(reading.text())
          .orElse(
              reading.dates().isPresent() || reading.party().isPresent()
                  ? Intent.MODIFY_BOOKING
                  : Intent.LOOKUP_BOOKING);
    }
    if ((guess == Intent.EARLY_CHECKIN || guess == Intent.LATE_CHECKOUT)
        && reading
            .request()
            .filter(request -> !request.department().equals("FRONT_DESK"))
            .isPresent()
        && reading.topics().stream().noneMatch(STAY_TIMES::contains)) {
      // "serait-il possible d'avoir un lit bébé ?" sounds like "avoir la chambre plus tôt".
      return Intent.SERVICE_REQUEST;
    }
    if ((aboutAStay || !confident)
        && reading.room().isPresent()
        && reading.request().isPresent()
        && reading.roomType().isEmpty()
        && turn.state.goal != DialogueState.Goal.BOOK) {
      // "Zimmer 407, morgen um 19:30 im Hotelrestaurant essen, 2 Personen": a guest in the hotel.
      return Intent.SERVICE_REQUEST;
    }
    if (aboutAStay
        && !namesDates(reading)
        && reading.roomType().isEmpty()
        && reading.topics().stream().anyMatch(topic -> topic != HotelTopic.CHILDREN)
        && !reading.topics().contains(HotelTopic.ROOMS)
        && turn.state.goal != DialogueState.Goal.BOOK) {
      // "le petit-déj c'est combien pour un enfant de 9 ans ?": a party, but a question.
      return Intent.HOTEL_INFO;
    }
    if (guess == Intent.HOTEL_INFO && namesAStay(reading) && reading.dates().isPresent()) {
      return Intent.AVAILABILITY;
    }
    boolean notAboutBookings =
        guess == Intent.GREETING
            || guess == Intent.HOTEL_INFO
            || guess == Intent.OUT_OF_SCOPE
            || !confident;
    if (notAboutBookings
        && reading.reference().isEmpty()
        && RoomPreferences.asksForAFreeRoom(reading.text())) {
      return Intent.AVAILABILITY;
    }
    boolean bookingInFocus = turn.state.reference != null || reading.reference().isPresent();
    if (bookingInFocus && (!confident || guess == Intent.LOOKUP_BOOKING)) {
      Intent action = BookingActions.find(reading.text()).orElse(null);
      if (action != null) {
        return action;
      }
      if (!confident && reading.reference().isPresent()) {
        return reading.dates().isPresent() || reading.party().isPresent()
            ? Intent.MODIFY_BOOKING
            : Intent.LOOKUP_BOOKING;
      }
    }
    if (guess == Intent.AVAILABILITY
        && !namesAStay(reading)
        && turn.state.reference != null
        && turn.state.verifiedReferences.contains(turn.state.reference)
        && !RoomPreferences.asksForAFreeRoom(reading.text())
        && !BookingActions.asksToBook(reading.text())) {
      // "And what does it cost in total?" right after seeing their booking: that booking.
      return Intent.LOOKUP_BOOKING;
    }
    if (turn.state.goal == DialogueState.Goal.BOOK && aboutAStay) {
      return guess;
    }
    if (!confident || guess == Intent.GREETING || guess == Intent.GOODBYE) {
      // "Bonjour, on veut aller à Fushimi Inari, on y va comment ?" greets, then asks;
      // "merci ! et le nom du réseau c'est lequel ?" thanks, then asks.
      boolean greetsAndAsks =
          (guess == Intent.GREETING || guess == Intent.GOODBYE)
              && reading.text().matches("(?s).*[?？].*");
      return confident && !greetsAndAsks
          ? InferredIntent.ofStayOrReference(reading)
          : InferredIntent.of(reading);
    }
    return null;
  }

  /** Dates, guests or a room type; "per night" alone ("1泊いくら") is a price basis, not a stay. */
  private static boolean namesAStay(Reading reading) {
    return namesDates(reading) || reading.party().isPresent() || reading.roomType().isPresent();
  }

  private static boolean namesDates(Reading reading) {
    return reading
        .dates()
        .filter(found -> found.checkIn() != null || found.checkOut() != null)
        .isPresent();
  }
}
