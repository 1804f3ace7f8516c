package org.omotenashi.concierge.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The key of every text the product sends a guest, and the variables the code passes for each.
 *
 * <p>A text may use any of its key's variables and no other ({@link DefaultTemplates#check} and the
 * template editor hold it to {@link #VARIABLES}); the code always passes all of them. Their types:
 * {@code checkIn} and {@code checkOut} are {@link java.time.LocalDate}s; {@code total}, {@code fee}
 * and {@code price} are {@link TemplateRenderer.Money}; {@code nights}, {@code adults}, {@code
 * children}, {@code available}, {@code maxNights}, {@code horizonDays} and {@code maxGuests} are
 * integers (use the first four in plurals); {@code time}, {@code checkInTime} and {@code
 * checkOutTime} are {@link java.time.LocalTime}s (write {@code {time, time, ::HHmm}}: hotels state times on a 24-hour clock); {@code status} is a {@code
 * BookingStatus} name, for a select; the flags {@code hasName}, {@code hasRoom} and {@code hasFee}
 * are Booleans that the renderer turns into the select keywords {@code yes} and {@code no}; all
 * others are strings.
 *
 * <p><b>Optional values.</b> Where a value can be absent (the guest's name before we know it, the
 * room of a guest who has not said it, the fee of a free cancellation), the key keeps one text and
 * the code passes a flag next to the value, which is then empty: {@code {hasRoom, select, yes {for
 * room {room}} other {}}}. One key rather than two keeps both wordings side by side for the
 * translator, the editor and an A/B test, and lets each language place the optional part where its
 * grammar wants it.
 *
 * <p><b>Departments.</b> {@link #REQUEST_CREATED} names the team that took the request. The code
 * first renders the department's own key ({@link #findDepartmentKey}), the team's name in the
 * guest's language, and passes the result as {@code department}.
 */
public final class TemplateKeys {
  /**
   * First answer where the hotel switched the agent off ({@code concierge.agent.enabled=false}) and
   * staff answer every guest themselves; gets hotelName.
   */
  public static final String CONVERSATION_ACKNOWLEDGED = "conversation.acknowledged";

  /** The guest sent a photo, voice message, location or sticker, which we cannot read; none. */
  public static final String MESSAGE_TEXT_ONLY = "message.textOnly";

  /** The guest sent more messages in a minute than we accept; none. */
  public static final String MESSAGE_RATE_LIMITED = "message.rateLimited";

  /** Greets a guest who opens a conversation; gets hotelName, guestName and hasName. */
  public static final String GREETING_WELCOME = "greeting.welcome";

  /** Answers a guest's thanks or goodbye; gets hotelName. */
  public static final String GOODBYE_THANKS = "goodbye.thanks";

  /** The hotel's facts hold no answer to the guest's question; offers a person; none. */
  public static final String FAQ_UNKNOWN = "faq.unknown";

  /** Wraps an answer taken from the hotel's facts; gets answer. */
  public static final String FAQ_ANSWER = "faq.answer";

  /** The concierge did not understand the guest and asks for more; none. */
  public static final String CLARIFY_NOT_UNDERSTOOD = "clarify.notUnderstood";

  /** Asks for the arrival and departure dates of a stay the guest wants to book; none. */
  public static final String AVAILABILITY_ASK_DATES = "availability.askDates";

  /** Asks how many adults and children will stay; none. */
  public static final String AVAILABILITY_ASK_GUESTS = "availability.askGuests";

  /**
   * Offers a room for the requested stay; gets roomName, checkIn, checkOut, nights, adults,
   * children, total and available (rooms of that type left).
   */
  public static final String AVAILABILITY_FOUND = "availability.found";

  /** No room is free for the requested stay; gets checkIn, checkOut and nights. */
  public static final String AVAILABILITY_NONE = "availability.none";

  /**
   * Sums up the booking and asks whether to make it; gets roomName, checkIn, checkOut, nights,
   * adults, children and total.
   */
  public static final String BOOKING_CONFIRM_ASK = "booking.confirmAsk";

  /** Asks for the name to book under; none. */
  public static final String BOOKING_ASK_NAME = "booking.askName";

  /** Asks for the guest's email address; none. */
  public static final String BOOKING_ASK_EMAIL = "booking.askEmail";

  /**
   * The booking is made; gets reference, guestName, roomName, checkIn, checkOut, nights and total.
   */
  public static final String BOOKING_CONFIRMED = "booking.confirmed";

  /** The reservation system is down; staff will confirm the booking later; none. */
  public static final String BOOKING_PENDING = "booking.pending";

  /**
   * Asks for the email address or phone number on a booking before showing or changing it; gets
   * reference.
   */
  public static final String BOOKING_VERIFY_ASK = "booking.verifyAsk";

  /** No booking matches the reference and contact the guest gave; gets reference. */
  public static final String BOOKING_NOT_FOUND = "booking.notFound";

  /**
   * Shows a booking to its verified guest; gets reference, roomName, checkIn, checkOut, nights,
   * adults, total and status.
   */
  public static final String BOOKING_DETAILS = "booking.details";

  /** A booking's dates were changed; gets reference, checkIn, checkOut, nights and total. */
  public static final String BOOKING_MODIFIED = "booking.modified";

  /**
   * Asks before cancelling a booking, saying what it costs; gets reference, fee and hasFee (no when
   * the cancellation is free, and fee is then zero).
   */
  public static final String BOOKING_CANCEL_ASK = "booking.cancelAsk";

  /** A booking was cancelled free of charge; gets reference. */
  public static final String BOOKING_CANCELLED_FREE = "booking.cancelledFree";

  /** A booking was cancelled and the policy's fee charged; gets reference and fee. */
  public static final String BOOKING_CANCELLED_WITH_FEE = "booking.cancelledWithFee";

  /**
   * A guest's request became a task for a team; gets department (the rendered department key), room
   * and hasRoom (no when the guest gave no room, and room is then empty).
   */
  public static final String REQUEST_CREATED = "request.created";

  /** The housekeeping team's name, for {@code department}; none. */
  public static final String DEPARTMENT_HOUSEKEEPING = "department.housekeeping";

  /** The maintenance team's name, for {@code department}; none. */
  public static final String DEPARTMENT_MAINTENANCE = "department.maintenance";

  /** The front desk's name, for {@code department}; none. */
  public static final String DEPARTMENT_FRONT_DESK = "department.frontDesk";

  /** The restaurant and room service team's name, for {@code department}; none. */
  public static final String DEPARTMENT_FOOD_BEVERAGE = "department.foodBeverage";

  /** The concierge team's name, for {@code department}; none. */
  public static final String DEPARTMENT_CONCIERGE = "department.concierge";

  /** The spa team's name, for {@code department}; none. */
  public static final String DEPARTMENT_SPA = "department.spa";

  /** A late check-out was asked of the front desk; gets time and price. */
  public static final String LATE_CHECKOUT_REQUESTED = "lateCheckout.requested";

  /** An early check-in was asked of the front desk; gets time and price. */
  public static final String EARLY_CHECKIN_REQUESTED = "earlyCheckin.requested";

  /** A person takes the conversation over from the concierge; none. */
  public static final String HANDOFF_ACCEPTED = "handoff.accepted";

  /** The guest writes while waiting for that person: they are coming; none. */
  public static final String HANDOFF_WAITING = "handoff.waiting";

  /**
   * Lists the room types free for a stay and asks which one; gets checkIn, checkOut, nights, adults,
   * children and options (the {@link #AVAILABILITY_OPTION} lines, rendered).
   */
  public static final String AVAILABILITY_OPTIONS = "availability.options";

  /** One line of {@link #AVAILABILITY_OPTIONS}; gets roomName and total. */
  public static final String AVAILABILITY_OPTION = "availability.option";

  /** The stay asked for breaks the hotel's rules (past, too long, too far ahead); gets maxNights and horizonDays. */
  public static final String AVAILABILITY_DATES_INVALID = "availability.datesInvalid";

  /** No room takes the whole party; gets maxGuests (of the largest room type). */
  public static final String AVAILABILITY_TOO_MANY_GUESTS = "availability.tooManyGuests";

  /** Asks for the reference of the booking the guest wants to see or change; none. */
  public static final String BOOKING_ASK_REFERENCE = "booking.askReference";

  /** Asks what to change on a booking; gets reference. */
  public static final String BOOKING_ASK_CHANGE = "booking.askChange";

  /**
   * Shows a booking as a change would leave it and asks whether to make it; gets reference,
   * roomName, checkIn, checkOut, nights, adults, children and total.
   */
  public static final String BOOKING_MODIFY_ASK = "booking.modifyAsk";

  /** The guest declined a change the concierge proposed: nothing was changed; none. */
  public static final String BOOKING_UNCHANGED = "booking.unchanged";

  /** The hotel's check-in and check-out times; gets checkInTime and checkOutTime. */
  public static final String FAQ_CHECK_TIMES = "faq.checkTimes";

  /** Asks which room a request is for, when the guest did not say and has no room with us yet; none. */
  public static final String REQUEST_ASK_ROOM = "request.askRoom";

  /** The room the guest named was added to their request; gets room. */
  public static final String REQUEST_ROOM_ADDED = "request.roomAdded";

  /** Every key, with the variables the code passes for it. */
  public static final Map<String, Set<String>> VARIABLES = variables();

  /** Every key the product uses. */
  public static final Set<String> ALL = VARIABLES.keySet();

  private static final Map<String, String> DEPARTMENT_KEYS =
      Map.of(
          "HOUSEKEEPING", DEPARTMENT_HOUSEKEEPING,
          "MAINTENANCE", DEPARTMENT_MAINTENANCE,
          "FRONT_DESK", DEPARTMENT_FRONT_DESK,
          "FOOD_BEVERAGE", DEPARTMENT_FOOD_BEVERAGE,
          "CONCIERGE", DEPARTMENT_CONCIERGE,
          "SPA", DEPARTMENT_SPA);

  private TemplateKeys() {}

  /**
   * The key of a department's name, by the department's code in the property file ({@code
   * FRONT_DESK}); empty for a department the product has no text for.
   */
  public static Optional<String> findDepartmentKey(String departmentCode) {
    return Optional.ofNullable(DEPARTMENT_KEYS.get(departmentCode.toUpperCase(Locale.ROOT)));
  }

  private static Map<String, Set<String>> variables() {
    // Insertion order is the order of a conversation, which keeps listings readable.
    Map<String, Set<String>> variables = new LinkedHashMap<>();
    variables.put(CONVERSATION_ACKNOWLEDGED, Set.of("hotelName"));
    variables.put(MESSAGE_TEXT_ONLY, Set.of());
    variables.put(MESSAGE_RATE_LIMITED, Set.of());
    variables.put(GREETING_WELCOME, Set.of("hotelName", "guestName", "hasName"));
    variables.put(GOODBYE_THANKS, Set.of("hotelName"));
    variables.put(FAQ_UNKNOWN, Set.of());
    variables.put(FAQ_ANSWER, Set.of("answer"));
    variables.put(CLARIFY_NOT_UNDERSTOOD, Set.of());
    variables.put(AVAILABILITY_ASK_DATES, Set.of());
    variables.put(AVAILABILITY_ASK_GUESTS, Set.of());
    variables.put(
        AVAILABILITY_FOUND,
        Set.of(
            "roomName", "checkIn", "checkOut", "nights", "adults", "children", "total", "available"));
    variables.put(AVAILABILITY_NONE, Set.of("checkIn", "checkOut", "nights"));
    variables.put(
        BOOKING_CONFIRM_ASK,
        Set.of("roomName", "checkIn", "checkOut", "nights", "adults", "children", "total"));
    variables.put(BOOKING_ASK_NAME, Set.of());
    variables.put(BOOKING_ASK_EMAIL, Set.of());
    variables.put(
        BOOKING_CONFIRMED,
        Set.of("reference", "guestName", "roomName", "checkIn", "checkOut", "nights", "total"));
    variables.put(BOOKING_PENDING, Set.of());
    variables.put(BOOKING_VERIFY_ASK, Set.of("reference"));
    variables.put(BOOKING_NOT_FOUND, Set.of("reference"));
    variables.put(
        BOOKING_DETAILS,
        Set.of(
            "reference", "roomName", "checkIn", "checkOut", "nights", "adults", "total", "status"));
    variables.put(BOOKING_MODIFIED, Set.of("reference", "checkIn", "checkOut", "nights", "total"));
    variables.put(BOOKING_CANCEL_ASK, Set.of("reference", "fee", "hasFee"));
    variables.put(BOOKING_CANCELLED_FREE, Set.of("reference"));
    variables.put(BOOKING_CANCELLED_WITH_FEE, Set.of("reference", "fee"));
    variables.put(REQUEST_CREATED, Set.of("department", "room", "hasRoom"));
    variables.put(DEPARTMENT_HOUSEKEEPING, Set.of());
    variables.put(DEPARTMENT_MAINTENANCE, Set.of());
    variables.put(DEPARTMENT_FRONT_DESK, Set.of());
    variables.put(DEPARTMENT_FOOD_BEVERAGE, Set.of());
    variables.put(DEPARTMENT_CONCIERGE, Set.of());
    variables.put(DEPARTMENT_SPA, Set.of());
    variables.put(LATE_CHECKOUT_REQUESTED, Set.of("time", "price"));
    variables.put(EARLY_CHECKIN_REQUESTED, Set.of("time", "price"));
    variables.put(HANDOFF_ACCEPTED, Set.of());
    variables.put(HANDOFF_WAITING, Set.of());
    variables.put(
        AVAILABILITY_OPTIONS, Set.of("checkIn", "checkOut", "nights", "adults", "children", "options"));
    variables.put(AVAILABILITY_OPTION, Set.of("roomName", "total"));
    variables.put(AVAILABILITY_DATES_INVALID, Set.of("maxNights", "horizonDays"));
    variables.put(AVAILABILITY_TOO_MANY_GUESTS, Set.of("maxGuests"));
    variables.put(BOOKING_ASK_REFERENCE, Set.of());
    variables.put(BOOKING_ASK_CHANGE, Set.of("reference"));
    variables.put(
        BOOKING_MODIFY_ASK,
        Set.of("reference", "roomName", "checkIn", "checkOut", "nights", "adults", "children", "total"));
    variables.put(BOOKING_UNCHANGED, Set.of());
    variables.put(FAQ_CHECK_TIMES, Set.of("checkInTime", "checkOutTime"));
    variables.put(REQUEST_ASK_ROOM, Set.of());
    variables.put(REQUEST_ROOM_ADDED, Set.of("room"));
    return Collections.unmodifiableMap(variables);
  }
}
