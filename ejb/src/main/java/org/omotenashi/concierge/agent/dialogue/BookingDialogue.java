package org.omotenashi.concierge.agent.dialogue;

import static org.omotenashi.concierge.agent.dialogue.Turn.arguments;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.omotenashi.concierge.agent.dialogue.DialogueState.Goal;
import org.omotenashi.concierge.agent.dialogue.DialogueState.Question;
import org.omotenashi.concierge.agent.understanding.BookingActions;
import org.omotenashi.concierge.agent.understanding.DepartureDay;
import org.omotenashi.concierge.agent.understanding.ExtraNights;
import org.omotenashi.concierge.agent.understanding.MonthMentions;
import org.omotenashi.concierge.agent.understanding.NameAnswer;
import org.omotenashi.concierge.agent.understanding.RoomPreferences;
import org.omotenashi.concierge.agent.understanding.StayDatesFound;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.InvalidBookingRequestException;
import org.omotenashi.concierge.booking.NoRoomAvailableException;
import org.omotenashi.concierge.booking.Party;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.PmsUnavailableException;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.booking.StayRequest;
import org.omotenashi.concierge.task.TaskPriority;
import org.omotenashi.concierge.template.TemplateKeys;
import org.omotenashi.concierge.template.TemplateRenderer.Money;

/**
 * A new booking, one question at a time: dates, then guests, then the room (offered with its
 * price), then the name and email, then a summary with the total that the guest confirms. The guest
 * may answer several questions at once, or correct an answer ("no, 3 nights") at any point: each
 * turn takes what the message says, then asks for the first thing still missing.
 */
final class BookingDialogue {

  /** Starts or continues a booking with what the message says. */
  void handle(Turn turn, boolean guestAsksToBook) {
    DialogueState state = turn.state;
    if (state.goal != Goal.BOOK) {
      state.finishGoal();
      state.goal = Goal.BOOK;
    }
    state.wantsToBook |= guestAsksToBook;
    Question asked = state.asked;
    take(turn);
    if (asked == Question.BOOK_OFFER || asked == Question.ROOM_TYPE) {
      if (turn.reading.yesNo().orElse(false)
          || turn.reading.roomType().isPresent()
          || BookingActions.asksToBook(turn.reading.text())) {
        state.wantsToBook = true;
      } else if (turn.reading.yesNo().isPresent() && !turn.reading.describesStay()) {
        declined(turn);
        return;
      }
    }
    if (asked == Question.CONFIRM_BOOKING && !turn.reading.describesStay()) {
      Optional<Boolean> answer = turn.reading.yesNo();
      if (answer.isPresent()) {
        if (answer.get()) {
          book(turn);
        } else {
          declined(turn);
        }
        return;
      }
    }
    advance(turn);
  }

  private void declined(Turn turn) {
    turn.state.finishGoal();
    turn.reply(TemplateKeys.BOOKING_UNCHANGED);
  }

  /** Takes the stay's details from the message, later answers replacing earlier ones. */
  private void take(Turn turn) {
    DialogueState state = turn.state;
    Reading reading = turn.reading;
    OptionalInt extraNights =
        state.checkOut != null ? ExtraNights.find(reading.text()) : OptionalInt.empty();
    if (extraNights.isPresent()) {
      // "on reste une nuit de plus, donc jusqu'au 26": the stay grows at its end.
      state.checkOut = state.checkOut.plusDays(extraNights.getAsInt());
      state.nights = null;
    } else {
      Optional<StayDatesFound> range =
          state.checkIn == null || reading.dates().map(StayDatesFound::checkOut).isPresent()
              ? Optional.empty()
              : BareDayRange.near(reading.text(), state.checkIn);
      range
          .or(() -> anchored(reading, state.checkIn))
          .ifPresent(dates -> takeDates(state, dates.checkIn(), dates.checkOut(), dates.nights()));
    }
    if (state.checkIn != null && reading.dates().map(StayDatesFound::checkOut).isEmpty()) {
      DepartureDay.find(reading.text())
          .ifPresent(day -> state.checkOut = DayAnchoring.firstAfter(state.checkIn, day));
    }
    reading
        .party()
        .ifPresent(
            party -> {
              if (party.adults() != null) {
                state.adults = party.adults();
                state.children = party.children() == null ? 0 : party.children();
              } else if (party.children() != null) {
                state.children = party.children();
              }
            });
    if (state.asked == Question.PARTY && reading.party().isEmpty()) {
      BareNumber.find(reading.text())
          .ifPresent(
              adults -> {
                state.adults = adults;
                state.children = 0;
              });
    }
    reading.roomType().ifPresent(code -> state.roomType = code);
    state.cheapest |= RoomPreferences.wantsCheapest(reading.text());
    state.accessible |= RoomPreferences.needsAccessibleRoom(reading.text());
    takeName(turn);
    reading.email().ifPresent(email -> state.email = email);
    reading.phone().ifPresent(phone -> state.phone = phone);
  }

  /**
   * The name for the booking: said outright ("my name is", "a nombre de"), given as the answer to
   * the question, or as a sentence of its own next to "book it" ("ok book it. Hannah Moore").
   */
  private static void takeName(Turn turn) {
    DialogueState state = turn.state;
    Reading reading = turn.reading;
    if (reading.name().isPresent()) {
      state.name = reading.name().get();
      return;
    }
    if (state.name != null
        || reading.yesNo().isPresent() && reading.text().strip().split("\\s+").length < 3) {
      return;
    }
    boolean nameExpected =
        state.asked == Question.NAME
            || state.asked == Question.EMAIL
            || state.asked == Question.BOOK_OFFER
            || state.asked == Question.ROOM_TYPE;
    Optional<String> answer =
        nameExpected && !reading.describesStay() && reading.yesNo().isEmpty()
            ? NameAnswer.fromAnswer(reading.text())
            : Optional.empty();
    answer.or(() -> NameAnswer.inSentences(reading.text())).ifPresent(name -> state.name = name);
  }

  /**
   * A day without a month next to a stay already described ("make it 3 nights, until the 13th")
   * belongs to that stay, not to the next month with that day.
   */
  private static Optional<StayDatesFound> anchored(Reading reading, LocalDate stayStart) {
    Optional<StayDatesFound> dates = reading.dates();
    if (dates.isEmpty() || stayStart == null || MonthMentions.present(reading.text())) {
      return dates;
    }
    StayDatesFound found = dates.get();
    LocalDate checkIn = DayAnchoring.near(found.checkIn(), stayStart);
    LocalDate checkOut = DayAnchoring.near(found.checkOut(), stayStart);
    if (checkIn != null && checkOut != null && !checkOut.isAfter(checkIn)) {
      return dates;
    }
    if (checkIn == null
        && found.nights() != null
        && checkOut != null
        && checkOut.isAfter(stayStart)) {
      // "3 nights, until the 13th": the nights count from the stay's own arrival.
      return Optional.of(
          new StayDatesFound(stayStart, stayStart.plusDays(found.nights()), found.nights()));
    }
    return Optional.of(
        new StayDatesFound(
            checkIn,
            checkOut,
            checkIn != null && checkOut != null
                ? Integer.valueOf((int) ChronoUnit.DAYS.between(checkIn, checkOut))
                : found.nights()));
  }

  static void takeDates(
      DialogueState state, LocalDate checkIn, LocalDate checkOut, Integer nights) {
    if (checkIn != null) {
      state.checkIn = checkIn;
      state.checkOut = checkOut;
      if (checkOut == null && nights == null && state.nights != null) {
        state.checkOut = checkIn.plusDays(state.nights);
      }
    } else if (checkOut != null && state.checkIn != null && checkOut.isAfter(state.checkIn)) {
      state.checkOut = checkOut;
    }
    if (nights != null) {
      state.nights = nights;
      if (state.checkIn != null) {
        state.checkOut = state.checkIn.plusDays(nights);
      }
    }
  }

  /** Asks for the first thing missing, or offers, or summarises. */
  private void advance(Turn turn) {
    DialogueState state = turn.state;
    HotelProfile hotel = turn.hotel;
    if (state.checkIn != null && state.checkOut == null) {
      // "Tomorrow night", "from March 3": one night unless the guest says more; the offer shows it.
      state.checkOut = state.checkIn.plusDays(state.nights == null ? 1 : state.nights);
    }
    if (state.checkIn == null || state.checkOut == null) {
      turn.ask(Question.DATES, TemplateKeys.AVAILABILITY_ASK_DATES);
      return;
    }
    if (!hotel.takes(state.checkIn, state.checkOut, turn.context.today())) {
      state.checkIn = null;
      state.checkOut = null;
      state.nights = null;
      turn.ask(
          Question.DATES,
          TemplateKeys.AVAILABILITY_DATES_INVALID,
          hotel.stayLimits());
      return;
    }
    if (state.adults == null) {
      turn.ask(Question.PARTY, TemplateKeys.AVAILABILITY_ASK_GUESTS);
      return;
    }
    if (state.adults + state.children > hotel.largestRoom() || state.adults < 1) {
      state.adults = null;
      turn.ask(
          Question.PARTY,
          TemplateKeys.AVAILABILITY_TOO_MANY_GUESTS,
          Map.of("maxGuests", hotel.largestRoom()));
      return;
    }
    Optional<List<RoomTypeAvailability>> offers = checkAvailability(turn);
    if (offers.isEmpty()) {
      return;
    }
    List<RoomTypeAvailability> bookable =
        offers.get().stream()
            .filter(RoomTypeAvailability::isBookable)
            .filter(offer -> !state.accessible || isAccessible(hotel, offer.roomType()))
            .toList();
    Optional<RoomTypeAvailability> chosen =
        bookable.stream().filter(offer -> offer.roomType().equals(state.roomType)).findFirst();
    if (chosen.isEmpty() && (bookable.size() == 1 || state.cheapest && state.roomType == null)) {
      chosen = bookable.stream().min(java.util.Comparator.comparing(RoomTypeAvailability::total));
    }
    if (bookable.isEmpty()) {
      turn.ask(Question.DATES, TemplateKeys.AVAILABILITY_NONE, stayVariables(state));
      state.checkIn = null;
      state.checkOut = null;
      state.nights = null;
      return;
    }
    if (chosen.isEmpty()) {
      state.roomType = null;
      Map<String, Object> variables = stayVariables(state);
      variables.put("options", bookable.stream().map(offer -> optionLine(turn, offer)).toList());
      turn.ask(Question.ROOM_TYPE, TemplateKeys.AVAILABILITY_OPTIONS, variables);
      return;
    }
    RoomTypeAvailability offer = chosen.get();
    state.roomType = offer.roomType();
    if (!state.wantsToBook) {
      Map<String, Object> variables = stayVariables(state);
      variables.put("roomName", offer.name());
      variables.put("total", new Money(offer.total(), offer.currency()));
      variables.put("available", offer.available());
      turn.ask(Question.BOOK_OFFER, TemplateKeys.AVAILABILITY_FOUND, variables);
      return;
    }
    if (state.name == null) {
      turn.ask(Question.NAME, TemplateKeys.BOOKING_ASK_NAME);
      return;
    }
    if (needsEmail(turn)) {
      state.emailRequests++;
      turn.ask(Question.EMAIL, TemplateKeys.BOOKING_ASK_EMAIL);
      return;
    }
    Map<String, Object> variables = stayVariables(state);
    variables.put("roomName", offer.name());
    variables.put("total", new Money(offer.total(), offer.currency()));
    turn.ask(Question.CONFIRM_BOOKING, TemplateKeys.BOOKING_CONFIRM_ASK, variables);
  }

  /**
   * An email is asked for on the web chat (twice at most); a phone channel already gives a number.
   */
  private static boolean needsEmail(Turn turn) {
    DialogueState state = turn.state;
    return state.email == null
        && state.phone == null
        && turn.context.guestPhone() == null
        && state.emailRequests < 2;
  }

  private Optional<List<RoomTypeAvailability>> checkAvailability(Turn turn) {
    DialogueState state = turn.state;
    Map<String, Object> arguments =
        arguments(
            "checkIn",
            state.checkIn,
            "checkOut",
            state.checkOut,
            "adults",
            state.adults,
            "children",
            state.children);
    try {
      List<RoomTypeAvailability> offers =
          turn.tools.checkAvailability(
              new StayRequest(new StayPeriod(state.checkIn, state.checkOut), party(state)));
      turn.used(
          "check_availability",
          arguments,
          offers.stream()
              .filter(RoomTypeAvailability::isBookable)
              .map(offer -> offer.roomType() + " x" + offer.available())
              .toList()
              .toString());
      return Optional.of(offers);
    } catch (InvalidBookingRequestException e) {
      turn.used("check_availability", arguments, "refused: " + e.getMessage());
      state.checkIn = null;
      state.checkOut = null;
      turn.ask(
          Question.DATES,
          TemplateKeys.AVAILABILITY_DATES_INVALID,
          turn.hotel.stayLimits());
      return Optional.empty();
    } catch (PmsUnavailableException e) {
      turn.used("check_availability", arguments, "reservation system unavailable");
      Handoff.to(turn, "The reservation system did not answer while a guest asked for rooms");
      return Optional.empty();
    }
  }

  private void book(Turn turn) {
    DialogueState state = turn.state;
    BookingRequest request =
        new BookingRequest(
            state.roomType,
            new StayPeriod(state.checkIn, state.checkOut),
            party(state),
            new GuestContact(
                state.name,
                state.email,
                state.phone != null ? state.phone : turn.context.guestPhone()),
            turn.context.conversationId());
    Map<String, Object> arguments =
        arguments(
            "roomType",
            state.roomType,
            "checkIn",
            state.checkIn,
            "checkOut",
            state.checkOut,
            "adults",
            state.adults,
            "children",
            state.children,
            "name",
            state.name,
            "email",
            state.email);
    try {
      PmsBooking booking = turn.tools.createBooking(request);
      turn.used("create_booking", arguments, "booked " + booking.reference());
      state.verifiedReferences.add(booking.reference().value());
      Map<String, Object> variables = new HashMap<>();
      variables.put("reference", booking.reference().value());
      variables.put("guestName", booking.guest().name());
      variables.put(
          "roomName",
          turn.hotel
              .findRoomType(booking.roomType())
              .map(HotelProfile.RoomTypeProfile::name)
              .orElse(booking.roomType()));
      variables.put("checkIn", booking.stay().checkIn());
      variables.put("checkOut", booking.stay().checkOut());
      variables.put("nights", booking.stay().nights());
      variables.put("total", new Money(booking.total(), booking.currency()));
      state.finishGoal();
      turn.reply(TemplateKeys.BOOKING_CONFIRMED, variables);
    } catch (NoRoomAvailableException e) {
      turn.used("create_booking", arguments, "no room free");
      state.roomType = null;
      advance(turn);
    } catch (InvalidBookingRequestException e) {
      turn.used("create_booking", arguments, "refused: " + e.getMessage());
      state.checkIn = null;
      state.checkOut = null;
      advance(turn);
    } catch (PmsUnavailableException e) {
      turn.used("create_booking", arguments, "reservation system unavailable");
      long task =
          turn.tools.createServiceRequest(
              new ServiceTaskRequest(
                  turn.hotel.departmentFor(HotelProfile.FRONT_DESK),
                  null,
                  "Confirm a booking the reservation system could not take: " + arguments,
                  TaskPriority.HIGH,
                  null));
      turn.used(
          "create_service_request",
          arguments("department", HotelProfile.FRONT_DESK),
          "task " + task);
      state.finishGoal();
      turn.reply(TemplateKeys.BOOKING_PENDING);
    }
  }

  private static boolean isAccessible(HotelProfile hotel, String roomType) {
    return hotel.findRoomType(roomType).map(HotelProfile.RoomTypeProfile::accessible).orElse(false);
  }

  private static Party party(DialogueState state) {
    return new Party(state.adults, state.children == null ? 0 : state.children);
  }

  private static Reply optionLine(Turn turn, RoomTypeAvailability offer) {
    return new Reply(
        TemplateKeys.AVAILABILITY_OPTION,
        Map.of("roomName", offer.name(), "total", new Money(offer.total(), offer.currency())));
  }

  private static Map<String, Object> stayVariables(DialogueState state) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("checkIn", state.checkIn);
    variables.put("checkOut", state.checkOut);
    variables.put("nights", (int) ChronoUnit.DAYS.between(state.checkIn, state.checkOut));
    variables.put("adults", state.adults);
    variables.put("children", state.children == null ? 0 : state.children);
    return variables;
  }
}
