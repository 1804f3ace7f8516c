package org.omotenashi.concierge.agent.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omotenashi.concierge.agent.dialogue.DialogueState.Goal;
import org.omotenashi.concierge.agent.dialogue.DialogueState.Question;
import org.omotenashi.concierge.agent.understanding.BookingActions;
import org.omotenashi.concierge.agent.understanding.HotelTopic;
import org.omotenashi.concierge.agent.understanding.Intent;
import org.omotenashi.concierge.template.TemplateKeys;

/**
 * The offline concierge: decides what to do with one guest message, given what it read and what it
 * remembers. An answer to the question it asked continues what the guest was doing; otherwise the
 * message's intent chooses. A request for a person or a complaint goes to staff at once; two
 * messages in a row it does not understand go to staff too.
 */
public final class Concierge {
  /** Below this, the classifier's intent is a guess the concierge does not act on. */
  static final double CONFIDENT = 0.5;

  private static final int LOW_CONFIDENCE_TURNS_BEFORE_HANDOFF = 2;

  /** Services a guest asks the hotel to arrange whose facts say what they cost. */
  private static final Set<HotelTopic> PRICED_SERVICES = Set.of(HotelTopic.TRANSPORT, HotelTopic.SPA);

  private final BookingDialogue bookings = new BookingDialogue();
  private final ExistingBookingDialogue existingBookings = new ExistingBookingDialogue();
  private final GuestRequests requests = new GuestRequests();
  private final HotelKnowledge knowledge = new HotelKnowledge();

  public TurnOutcome answer(
      Reading reading,
      DialogueState state,
      TurnContext context,
      HotelProfile hotel,
      AgentTools tools) {
    Turn turn = new Turn(reading, state, context, hotel, tools);
    route(turn);
    return turn.outcome();
  }

  /**
   * A message from a guest waiting for staff: the first one after the hand-off is told that a
   * person will reply, the next ones get no answer; staff see them all in the inbox.
   */
  public TurnOutcome whileWaitingForStaff(
      Reading reading,
      DialogueState state,
      TurnContext context,
      HotelProfile hotel,
      AgentTools tools) {
    Turn turn = new Turn(reading, state, context, hotel, tools);
    if (!state.toldStaffWillReply) {
      state.toldStaffWillReply = true;
      turn.reply(TemplateKeys.HANDOFF_WAITING);
    }
    return turn.outcome();
  }

  /** After the concierge failed on a message: staff take the conversation, the guest is told. */
  public TurnOutcome handOffAfterFailure(
      Reading reading,
      DialogueState state,
      TurnContext context,
      HotelProfile hotel,
      AgentTools tools) {
    Turn turn = new Turn(reading, state, context, hotel, tools);
    Handoff.to(turn, "The concierge could not handle this message (see the server log)");
    return turn.outcome();
  }

  private void route(Turn turn) {
    DialogueState state = turn.state;
    List<HotelTopic> lastTopics = List.copyOf(state.lastTopics);
    state.lastTopics.clear();
    boolean confident = turn.confidence >= CONFIDENT && turn.intent != Intent.OUT_OF_SCOPE;
    if (confident && (turn.intent == Intent.HUMAN || turn.intent == Intent.COMPLAINT)) {
      state.lowConfidenceTurns = 0;
      Handoff.to(
          turn,
          turn.intent == Intent.HUMAN
              ? "The guest asked for a person"
              : "Complaint: " + turn.reading.text());
      return;
    }
    if (state.asked != Question.NONE && AnswerToQuestion.continues(turn, confident)) {
      state.lowConfidenceTurns = 0;
      resume(turn);
      return;
    }
    if (!lastTopics.isEmpty() && FollowUpQuestion.about(turn.reading)) {
      state.lowConfidenceTurns = 0;
      turn.intent = Intent.HOTEL_INFO;
      answerQuestion(turn, lastTopics);
      return;
    }
    Intent adjusted = IntentAdjustments.adjust(turn, confident);
    if (adjusted != null) {
      turn.intent = adjusted;
      confident = true;
    }
    if (!confident) {
      if (turn.reading.yesNo().isPresent() && state.asked == Question.NONE) {
        turn.intent = Intent.GOODBYE;
        act(turn, Intent.GOODBYE);
        return;
      }
      notUnderstood(turn);
      return;
    }
    state.lowConfidenceTurns = 0;
    act(turn, turn.intent);
  }

  private void act(Turn turn, Intent intent) {
    DialogueState state = turn.state;
    switch (intent) {
      case GREETING ->
          turn.reply(
              TemplateKeys.GREETING_WELCOME,
              Map.of(
                  "hotelName",
                  turn.hotel.name(),
                  "guestName",
                  state.name == null ? "" : state.name,
                  "hasName",
                  state.name != null));
      case GOODBYE -> {
        state.finishGoal();
        turn.reply(TemplateKeys.GOODBYE_THANKS, Map.of("hotelName", turn.hotel.name()));
      }
      case AVAILABILITY -> bookings.handle(turn, false);
      case BOOK -> bookings.handle(turn, true);
      case LOOKUP_BOOKING -> existingBookings.handle(turn, Goal.LOOKUP);
      case MODIFY_BOOKING -> existingBookings.handle(turn, Goal.MODIFY);
      case CANCEL_BOOKING -> existingBookings.handle(turn, Goal.CANCEL);
      case HOTEL_INFO -> answerQuestion(turn, turn.reading.topics());
      case SERVICE_REQUEST -> {
        if (turn.reading.request().isPresent()) {
          requests.serviceRequest(turn);
          tellWhatTheServiceCosts(turn);
        } else {
          // Nothing a department does was recognised: better a person than a task nobody can act
          // on.
          turn.ask(Question.HANDOFF_OFFER, TemplateKeys.FAQ_UNKNOWN);
        }
      }
      case LATE_CHECKOUT -> {
        requests.stayTimeChange(turn, true);
        // "Until what time, and how much?" next is about the policy just applied.
        state.lastTopics.add(HotelTopic.LATE_CHECK_OUT);
      }
      case EARLY_CHECKIN -> {
        requests.stayTimeChange(turn, false);
        state.lastTopics.add(HotelTopic.EARLY_CHECK_IN);
      }
      case HUMAN, COMPLAINT -> Handoff.to(turn, "The guest asked for a person");
      case OUT_OF_SCOPE -> notUnderstood(turn);
      default -> throw new IllegalStateException("unhandled intent " + intent);
    }
  }

  /** Continues the goal the concierge's last question belongs to. */
  private void resume(Turn turn) {
    DialogueState state = turn.state;
    switch (state.goal) {
      case BOOK -> {
        boolean booking =
            state.wantsToBook
                || turn.reading.intent().intent() == Intent.BOOK
                || BookingActions.asksToBook(turn.reading.text())
                || state.asked == Question.BOOK_OFFER && turn.reading.yesNo().orElse(false);
        turn.intent = booking ? Intent.BOOK : Intent.AVAILABILITY;
        bookings.handle(turn, turn.reading.intent().intent() == Intent.BOOK);
      }
      case LOOKUP -> {
        turn.intent = Intent.LOOKUP_BOOKING;
        existingBookings.handle(turn, Goal.LOOKUP);
      }
      case MODIFY -> {
        turn.intent = Intent.MODIFY_BOOKING;
        existingBookings.handle(turn, Goal.MODIFY);
      }
      case CANCEL -> {
        turn.intent = Intent.CANCEL_BOOKING;
        existingBookings.handle(turn, Goal.CANCEL);
      }
      case NONE -> {
        if (state.asked == Question.ROOM) {
          turn.intent = Intent.SERVICE_REQUEST;
          requests.roomGiven(turn);
        } else {
          answerHandoffOffer(turn);
        }
      }
      default -> throw new IllegalStateException("unhandled goal " + state.goal);
    }
  }

  private void answerHandoffOffer(Turn turn) {
    boolean yes = turn.reading.yesNo().orElse(false);
    turn.state.asked = Question.NONE;
    if (yes) {
      turn.intent = Intent.HUMAN;
      Handoff.to(turn, "The guest accepted the offer of a person");
    } else {
      turn.intent = Intent.GOODBYE;
      turn.reply(TemplateKeys.GOODBYE_THANKS, Map.of("hotelName", turn.hotel.name()));
    }
  }

  private void answerQuestion(Turn turn, List<HotelTopic> topics) {
    List<Object> answer = facts(turn, topics);
    if (answer.isEmpty()) {
      if (topics.isEmpty()) {
        turn.used("get_hotel_info", Map.of(), "no topic recognised");
      }
      turn.ask(Question.HANDOFF_OFFER, TemplateKeys.FAQ_UNKNOWN);
      turn.state.goal = Goal.NONE;
      return;
    }
    turn.reply(TemplateKeys.FAQ_ANSWER, Map.of("answer", answer));
    turn.state.lastTopics.addAll(topics);
  }

  /**
   * With a task for a transfer, a tour or a massage, the hotel's facts about that service (its
   * price, its hours), as a concierge would say them while arranging it.
   */
  private void tellWhatTheServiceCosts(Turn turn) {
    List<HotelTopic> services =
        turn.reading.topics().stream().filter(PRICED_SERVICES::contains).toList();
    List<Object> answer = facts(turn, services);
    if (!answer.isEmpty()) {
      turn.reply(TemplateKeys.FAQ_ANSWER, Map.of("answer", answer));
    }
  }

  private List<Object> facts(Turn turn, List<HotelTopic> topics) {
    List<Object> answer = new ArrayList<>();
    for (HotelTopic topic : topics) {
      List<Object> parts = knowledge.answer(topic, turn.language(), turn.hotel);
      turn.used(
          "get_hotel_info",
          Turn.arguments("topic", topic, "language", turn.language()),
          parts.isEmpty() ? "no fact" : parts.size() + " fact(s)");
      parts.stream().filter(part -> !answer.contains(part)).forEach(answer::add);
    }
    return answer;
  }

  private void notUnderstood(Turn turn) {
    DialogueState state = turn.state;
    state.lowConfidenceTurns++;
    if (state.lowConfidenceTurns >= LOW_CONFIDENCE_TURNS_BEFORE_HANDOFF) {
      state.lowConfidenceTurns = 0;
      Handoff.to(turn, "The concierge did not understand the guest twice in a row");
      return;
    }
    turn.reply(TemplateKeys.CLARIFY_NOT_UNDERSTOOD);
  }
}
