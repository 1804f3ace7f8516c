package org.omotenashi.concierge.agent.dialogue;

import static org.omotenashi.concierge.agent.dialogue.Turn.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.omotenashi.concierge.agent.dialogue.DialogueState.Goal;
import org.omotenashi.concierge.agent.dialogue.DialogueState.Question;
import org.omotenashi.concierge.agent.understanding.DepartureDay;
import org.omotenashi.concierge.agent.understanding.ExtraNights;
import org.omotenashi.concierge.agent.understanding.MonthMentions;
import org.omotenashi.concierge.booking.BookingChangeRequest;
import org.omotenashi.concierge.booking.BookingReference;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingStateException;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.InvalidBookingRequestException;
import org.omotenashi.concierge.booking.NoRoomAvailableException;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.PmsUnavailableException;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.template.TemplateKeys;
import org.omotenashi.concierge.template.TemplateRenderer.Money;

/**
 * A booking the guest already has: look it up, change it or cancel it. The booking is shown or
 * touched only once the guest proved it is theirs: it was made from this same channel address, or
 * the guest gave the email or phone number on it. A wrong reference and a wrong contact get the
 * same answer, so that nobody learns which references exist.
 */
final class ExistingBookingDialogue {
  private static final int MAX_FAILED_VERIFICATIONS = 3;

  void handle(Turn turn, Goal goal) {
    DialogueState state = turn.state;
    if (state.goal != goal) {
      boolean sameBooking =
          state.goal == Goal.LOOKUP || state.goal == Goal.MODIFY || state.goal == Goal.CANCEL;
      String reference = sameBooking ? state.reference : null;
      state.finishGoal();
      state.goal = goal;
      state.reference = reference;
    }
    Question asked = state.asked;
    Reading reading = turn.reading;
    reading.reference().ifPresent(reference -> state.reference = reference);
    reading.email().ifPresent(email -> state.email = email);
    reading.phone().ifPresent(phone -> state.phone = phone);
    if (goal == Goal.MODIFY) {
      takeChange(turn);
    }
    if (asked == Question.CONFIRM_CHANGE || asked == Question.CONFIRM_CANCEL) {
      Optional<Boolean> answer = reading.yesNo();
      if (answer.isPresent() && !(asked == Question.CONFIRM_CHANGE && reading.describesStay())) {
        if (!answer.get()) {
          state.finishGoal();
          turn.reply(TemplateKeys.BOOKING_UNCHANGED);
          return;
        }
        Optional<PmsBooking> booking = verifiedBooking(turn);
        if (booking.isPresent()) {
          if (asked == Question.CONFIRM_CHANGE) {
            modify(turn, booking.get());
          } else {
            cancel(turn, booking.get());
          }
        }
        return;
      }
    }
    verifiedBooking(turn).ifPresent(booking -> act(turn, booking));
  }

  /**
   * The booking in focus once the guest proved it is theirs; otherwise asks for what is missing.
   */
  private Optional<PmsBooking> verifiedBooking(Turn turn) {
    DialogueState state = turn.state;
    if (state.reference == null) {
      Optional<PmsBooking> own = turn.tools.findOnlyBookingOfThisGuest();
      turn.used(
          "get_booking",
          arguments("guest", "this channel address"),
          own.map(booking -> "found " + booking.reference()).orElse("none"));
      if (own.isEmpty()) {
        turn.ask(Question.REFERENCE, TemplateKeys.BOOKING_ASK_REFERENCE);
        return Optional.empty();
      }
      state.reference = own.get().reference().value();
      state.verifiedReferences.add(state.reference);
    }
    Optional<PmsBooking> booking = find(turn, state.reference);
    if (booking.isEmpty()) {
      return notFound(turn);
    }
    if (state.verifiedReferences.contains(state.reference)
        || turn.tools.madeByThisGuest(booking.get())) {
      state.verifiedReferences.add(state.reference);
      return booking;
    }
    if (state.email == null && state.phone == null) {
      turn.ask(
          Question.CONTACT, TemplateKeys.BOOKING_VERIFY_ASK, Map.of("reference", state.reference));
      return Optional.empty();
    }
    if (!ContactProof.matches(booking.get(), state.email, state.phone)) {
      return notFound(turn);
    }
    state.verifiedReferences.add(state.reference);
    return booking;
  }

  private Optional<PmsBooking> find(Turn turn, String reference) {
    Optional<PmsBooking> booking;
    try {
      booking = turn.tools.getBooking(BookingReference.parse(reference));
    } catch (InvalidBookingRequestException e) {
      booking = Optional.empty();
    }
    turn.used(
        "get_booking",
        arguments("reference", reference),
        booking.map(found -> "found, " + found.status()).orElse("not found"));
    return booking;
  }

  private Optional<PmsBooking> notFound(Turn turn) {
    DialogueState state = turn.state;
    String reference = state.reference;
    state.failedVerifications++;
    state.reference = null;
    state.email = null;
    state.phone = null;
    if (state.failedVerifications >= MAX_FAILED_VERIFICATIONS) {
      Handoff.to(
          turn,
          "The guest could not prove a booking is theirs " + MAX_FAILED_VERIFICATIONS + " times");
      return Optional.empty();
    }
    turn.ask(Question.REFERENCE, TemplateKeys.BOOKING_NOT_FOUND, Map.of("reference", reference));
    return Optional.empty();
  }

  private void act(Turn turn, PmsBooking booking) {
    DialogueState state = turn.state;
    switch (state.goal) {
      case LOOKUP -> {
        state.finishGoal();
        turn.reply(TemplateKeys.BOOKING_DETAILS, details(turn, booking));
      }
      case MODIFY -> proposeChange(turn, booking);
      case CANCEL -> proposeCancellation(turn, booking);
      default -> throw new IllegalStateException("not a booking goal: " + state.goal);
    }
  }

  private void takeChange(Turn turn) {
    DialogueState state = turn.state;
    Reading reading = turn.reading;
    reading
        .dates()
        .ifPresent(
            dates -> {
              state.newDatesWithoutMonth = !MonthMentions.present(reading.text());
              if (dates.checkIn() != null) {
                state.newCheckIn = dates.checkIn();
                state.newCheckOut =
                    dates.checkOut() != null
                        ? dates.checkOut()
                        : DepartureDay.find(reading.text())
                            .stream()
                            .mapToObj(day -> DayAnchoring.firstAfter(dates.checkIn(), day))
                            .findFirst()
                            .orElse(null);
                state.newNights = null;
              } else if (dates.checkOut() != null) {
                state.newCheckOut = dates.checkOut();
              }
              if (dates.nights() != null && dates.checkIn() == null) {
                state.newNights = dates.nights();
                state.newCheckOut = null;
              }
            });
    ExtraNights.find(reading.text())
        .ifPresent(
            extra -> {
              state.extraNights = extra;
              state.newNights = null;
              state.newCheckOut = null;
            });
    reading
        .party()
        .ifPresent(
            party -> {
              if (party.adults() != null) {
                state.newAdults = party.adults();
              }
              if (party.children() != null) {
                state.newChildren = party.children();
              }
            });
    reading.roomType().ifPresent(code -> state.newRoomType = code);
  }

  private void proposeChange(Turn turn, PmsBooking booking) {
    DialogueState state = turn.state;
    if (booking.status() != BookingStatus.CONFIRMED) {
      state.finishGoal();
      turn.reply(TemplateKeys.BOOKING_DETAILS, details(turn, booking));
      return;
    }
    if (!state.hasChange()) {
      turn.ask(
          Question.CHANGE,
          TemplateKeys.BOOKING_ASK_CHANGE,
          Map.of("reference", booking.reference().value()));
      return;
    }
    BookingRequest changed;
    try {
      changed = change(state, booking).applyTo(booking);
    } catch (InvalidBookingRequestException | IllegalArgumentException e) {
      state.clearChange();
      turn.ask(
          Question.CHANGE,
          TemplateKeys.BOOKING_ASK_CHANGE,
          Map.of("reference", booking.reference().value()));
      return;
    }
    StayPeriod stay = changed.stay();
    if (!turn.hotel.takes(stay.checkIn(), stay.checkOut(), turn.context.today())) {
      state.clearChange();
      turn.ask(
          Question.CHANGE,
          TemplateKeys.AVAILABILITY_DATES_INVALID,
          turn.hotel.stayLimits());
      return;
    }
    Optional<BigDecimal> total = price(turn, changed);
    if (total.isEmpty()) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("reference", booking.reference().value());
    variables.put("roomName", roomName(turn, changed.roomType()));
    variables.put("checkIn", changed.stay().checkIn());
    variables.put("checkOut", changed.stay().checkOut());
    variables.put("nights", changed.stay().nights());
    variables.put("adults", changed.party().adults());
    variables.put("children", changed.party().children());
    variables.put("total", new Money(total.get(), booking.currency()));
    turn.ask(Question.CONFIRM_CHANGE, TemplateKeys.BOOKING_MODIFY_ASK, variables);
  }

  /** The new total of a change, or empty when no room of the type is free (the guest was told). */
  private Optional<BigDecimal> price(Turn turn, BookingRequest changed) {
    Map<String, Object> arguments =
        arguments(
            "checkIn",
            changed.stay().checkIn(),
            "checkOut",
            changed.stay().checkOut(),
            "adults",
            changed.party().adults(),
            "children",
            changed.party().children());
    try {
      List<RoomTypeAvailability> offers = turn.tools.checkAvailability(changed.stayRequest());
      Optional<RoomTypeAvailability> offer =
          offers.stream().filter(found -> found.roomType().equals(changed.roomType())).findFirst();
      turn.used(
          "check_availability",
          arguments,
          offer
              .map(found -> found.roomType() + " x" + found.available())
              .orElse("room type does not take the party"));
      if (offer.isEmpty()) {
        turn.state.clearChange();
        turn.ask(
            Question.PARTY,
            TemplateKeys.AVAILABILITY_TOO_MANY_GUESTS,
            Map.of(
                "maxGuests",
                turn.hotel
                    .findRoomType(changed.roomType())
                    .map(HotelProfile.RoomTypeProfile::maxGuests)
                    .orElse(turn.hotel.largestRoom())));
        turn.state.asked = Question.CHANGE;
        return Optional.empty();
      }
      // The booking's own room counts as taken in this answer; the change itself re-checks.
      return Optional.of(offer.get().total());
    } catch (InvalidBookingRequestException | PmsUnavailableException e) {
      turn.used("check_availability", arguments, "refused: " + e.getMessage());
      Handoff.to(turn, "Could not price a guest's change: " + e.getMessage());
      return Optional.empty();
    }
  }

  private void modify(Turn turn, PmsBooking booking) {
    DialogueState state = turn.state;
    BookingChangeRequest change = change(state, booking);
    Map<String, Object> arguments =
        arguments(
            "reference",
            booking.reference(),
            "checkIn",
            change.checkIn().orElse(null),
            "checkOut",
            change.checkOut().orElse(null),
            "adults",
            change.adults().orElse(null),
            "children",
            change.children().orElse(null),
            "roomType",
            change.roomType().orElse(null));
    try {
      PmsBooking after = turn.tools.modifyBooking(booking.reference(), change);
      turn.used("modify_booking", arguments, "modified");
      state.finishGoal();
      turn.reply(
          TemplateKeys.BOOKING_MODIFIED,
          Map.of(
              "reference", after.reference().value(),
              "checkIn", after.stay().checkIn(),
              "checkOut", after.stay().checkOut(),
              "nights", after.stay().nights(),
              "total", new Money(after.total(), after.currency())));
    } catch (NoRoomAvailableException e) {
      turn.used("modify_booking", arguments, "no room free");
      LocalDate checkIn = change.checkIn().orElse(booking.stay().checkIn());
      LocalDate checkOut = change.checkOut().orElse(booking.stay().checkOut());
      state.clearChange();
      turn.ask(
          Question.CHANGE,
          TemplateKeys.AVAILABILITY_NONE,
          Map.of(
              "checkIn",
              checkIn,
              "checkOut",
              checkOut,
              "nights",
              (int) java.time.temporal.ChronoUnit.DAYS.between(checkIn, checkOut)));
    } catch (InvalidBookingRequestException | BookingStateException | PmsUnavailableException e) {
      turn.used("modify_booking", arguments, "refused: " + e.getMessage());
      Handoff.to(turn, "A guest's change could not be made: " + e.getMessage());
    }
  }

  private void proposeCancellation(Turn turn, PmsBooking booking) {
    DialogueState state = turn.state;
    if (booking.status() != BookingStatus.CONFIRMED) {
      state.finishGoal();
      turn.reply(TemplateKeys.BOOKING_DETAILS, details(turn, booking));
      return;
    }
    BigDecimal fee = turn.tools.cancellationFee(booking);
    turn.ask(
        Question.CONFIRM_CANCEL,
        TemplateKeys.BOOKING_CANCEL_ASK,
        Map.of(
            "reference",
            booking.reference().value(),
            "fee",
            new Money(fee, booking.currency()),
            "hasFee",
            fee.signum() > 0));
  }

  private void cancel(Turn turn, PmsBooking booking) {
    DialogueState state = turn.state;
    Map<String, Object> arguments = arguments("reference", booking.reference());
    try {
      PmsBooking cancelled = turn.tools.cancelBooking(booking.reference());
      BigDecimal fee = cancelled.cancellationFee();
      turn.used(
          "cancel_booking",
          arguments,
          fee == null || fee.signum() == 0 ? "cancelled free" : "cancelled, fee " + fee);
      state.finishGoal();
      if (fee == null || fee.signum() == 0) {
        turn.reply(
            TemplateKeys.BOOKING_CANCELLED_FREE,
            Map.of("reference", cancelled.reference().value()));
      } else {
        turn.reply(
            TemplateKeys.BOOKING_CANCELLED_WITH_FEE,
            Map.of(
                "reference",
                cancelled.reference().value(),
                "fee",
                new Money(fee, cancelled.currency())));
      }
    } catch (BookingStateException | PmsUnavailableException e) {
      turn.used("cancel_booking", arguments, "refused: " + e.getMessage());
      Handoff.to(turn, "A guest's cancellation could not be made: " + e.getMessage());
    }
  }

  /**
   * The change the guest asked for. "3 nights" keeps the arrival; a new arrival alone keeps the
   * departure when it is still after it, and otherwise moves the whole stay.
   */
  private static BookingChangeRequest change(DialogueState state, PmsBooking booking) {
    LocalDate newCheckIn = anchored(state, state.newCheckIn, booking);
    LocalDate checkIn = newCheckIn != null ? newCheckIn : booking.stay().checkIn();
    LocalDate checkOut = anchored(state, state.newCheckOut, booking);
    if (state.extraNights != null) {
      checkOut = booking.stay().checkOut().plusDays(state.extraNights);
    } else if (state.newNights != null) {
      checkOut = checkIn.plusDays(state.newNights);
    } else if (checkOut == null
        && newCheckIn != null
        && !newCheckIn.isBefore(booking.stay().checkOut())) {
      checkOut = checkIn.plusDays(booking.stay().nights());
    }
    return new BookingChangeRequest(
        Optional.ofNullable(state.newRoomType),
        Optional.ofNullable(newCheckIn),
        Optional.ofNullable(checkOut),
        Optional.ofNullable(state.newAdults),
        Optional.ofNullable(state.newChildren),
        Optional.empty());
  }

  private static LocalDate anchored(DialogueState state, LocalDate day, PmsBooking booking) {
    return state.newDatesWithoutMonth ? DayAnchoring.near(day, booking.stay().checkIn()) : day;
  }

  private static Map<String, Object> details(Turn turn, PmsBooking booking) {
    return Map.of(
        "reference", booking.reference().value(),
        "roomName", roomName(turn, booking.roomType()),
        "checkIn", booking.stay().checkIn(),
        "checkOut", booking.stay().checkOut(),
        "nights", booking.stay().nights(),
        "adults", booking.party().adults(),
        "total", new Money(booking.total(), booking.currency()),
        "status", booking.status().name());
  }

  private static String roomName(Turn turn, String code) {
    return turn.hotel
        .findRoomType(code)
        .map(HotelProfile.RoomTypeProfile::name)
        .orElse(code.toUpperCase(Locale.ROOT));
  }
}
