package org.omotenashi.concierge.agent.dialogue;

import java.util.Set;
import org.omotenashi.concierge.agent.understanding.BookingActions;
import org.omotenashi.concierge.agent.understanding.HotelTopic;
import org.omotenashi.concierge.agent.understanding.Intent;
import org.omotenashi.concierge.agent.understanding.NameAnswer;
import org.omotenashi.concierge.agent.understanding.RoomPreferences;

/**
 * Whether a message answers the question the concierge asked last ("2 adults" after "how many
 * guests?"), so that it continues what the guest was doing, or starts something else (a question
 * about breakfast in the middle of a booking).
 */
final class AnswerToQuestion {
  /** Intents that, said with confidence, leave the question open and do something else. */
  private static final Set<Intent> DIGRESSIONS =
      Set.of(Intent.HOTEL_INFO, Intent.SERVICE_REQUEST, Intent.LATE_CHECKOUT, Intent.EARLY_CHECKIN);

  private static final Set<DialogueState.Question> CONFIRMATIONS =
      Set.of(
          DialogueState.Question.BOOK_OFFER,
          DialogueState.Question.CONFIRM_BOOKING,
          DialogueState.Question.CONFIRM_CHANGE,
          DialogueState.Question.CONFIRM_CANCEL,
          DialogueState.Question.HANDOFF_OFFER);

  /** Topics a message about the stay being booked may touch without asking about them. */
  private static final Set<HotelTopic> STAY_TOPICS =
      Set.of(
          HotelTopic.CHILDREN, HotelTopic.ROOMS, HotelTopic.CHECK_IN_TIME, HotelTopic.CHECK_OUT_TIME);

  private AnswerToQuestion() {}

  static boolean continues(Turn turn, boolean confident) {
    Reading reading = turn.reading;
    if (CONFIRMATIONS.contains(turn.state.asked) && reading.yesNo().isPresent()) {
      // "Sí, anúlela, gracias", "Oui parfait": the answer, whatever else the words suggest.
      return true;
    }
    if (confident
        && turn.intent == Intent.GOODBYE
        && !reading.describesStay()
        && reading.email().isEmpty()
        && reading.name().isEmpty()) {
      // "ok never mind, thanks, bye": the guest leaves what they were doing.
      return false;
    }
    if (turn.state.goal == DialogueState.Goal.BOOK
        && reading.dates().isPresent()
        && reading.request().isEmpty()
        && STAY_TOPICS.containsAll(reading.topics())) {
      // "actually can we make it 3 nights? the kids want more time": the stay, not the kids.
      return true;
    }
    if (confident && DIGRESSIONS.contains(turn.intent) && !answersDirectly(turn)) {
      return false;
    }
    if (confident && startsOtherBookingGoal(turn)) {
      return false;
    }
    if (turn.state.goal == DialogueState.Goal.BOOK && carriesBookingDetail(turn)) {
      return true;
    }
    return switch (turn.state.asked) {
      case NONE -> false;
      case ROOM ->
          reading.room().isPresent() || BareRoomNumber.find(reading.text(), turn.hotel).isPresent();
      case DATES, PARTY, ROOM_TYPE, CHANGE ->
          reading.describesStay()
              || (turn.state.asked == DialogueState.Question.PARTY
                  && BareNumber.find(reading.text()).isPresent());
      case BOOK_OFFER, CONFIRM_BOOKING, CONFIRM_CHANGE, CONFIRM_CANCEL, HANDOFF_OFFER ->
          reading.describesStay();
      case NAME ->
          reading.name().isPresent()
              || (reading.yesNo().isEmpty() && NameAnswer.fromAnswer(reading.text()).isPresent());
      case EMAIL ->
          reading.email().isPresent() || reading.phone().isPresent() || reading.yesNo().isPresent();
      case REFERENCE -> reading.reference().isPresent();
      case CONTACT -> reading.email().isPresent() || reading.phone().isPresent();
    };
  }

  /**
   * In the middle of a booking, anything that is part of one continues it: a date, the party, a
   * room type, a name, an email or phone, a yes or no, or simply "book it".
   */
  private static boolean carriesBookingDetail(Turn turn) {
    Reading reading = turn.reading;
    Intent intent = reading.intent().intent();
    return reading.describesStay()
        || reading.email().isPresent()
        || reading.phone().isPresent()
        || reading.name().isPresent()
        || reading.yesNo().isPresent()
        || intent == Intent.BOOK
        || intent == Intent.AVAILABILITY
        || BookingActions.asksToBook(reading.text())
        || RoomPreferences.wantsCheapest(reading.text())
        || (turn.state.name == null
            && reading.topics().isEmpty()
            && reading.request().isEmpty()
            && (NameAnswer.fromAnswer(reading.text()).isPresent()
                || NameAnswer.inSentences(reading.text()).isPresent()));
  }

  /** Slots that only make sense as the answer: an email when asked for one, a reference, a yes. */
  private static boolean answersDirectly(Turn turn) {
    Reading reading = turn.reading;
    return switch (turn.state.asked) {
      case EMAIL, CONTACT -> reading.email().isPresent() || reading.phone().isPresent();
      case REFERENCE -> reading.reference().isPresent();
      case DATES, CHANGE -> reading.dates().isPresent();
      case PARTY -> reading.party().isPresent();
      default -> false;
    };
  }

  /** "Actually, cancel my other booking" in the middle of a booking starts that instead. */
  private static boolean startsOtherBookingGoal(Turn turn) {
    DialogueState.Goal goal = turn.state.goal;
    return switch (turn.intent) {
      case CANCEL_BOOKING -> goal != DialogueState.Goal.CANCEL && turn.reading.yesNo().isEmpty();
      case LOOKUP_BOOKING ->
          goal == DialogueState.Goal.BOOK && turn.reading.reference().isPresent();
      case MODIFY_BOOKING ->
          goal == DialogueState.Goal.BOOK && turn.reading.reference().isPresent();
      default -> false;
    };
  }
}
