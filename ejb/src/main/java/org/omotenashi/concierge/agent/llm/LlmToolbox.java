package org.omotenashi.concierge.agent.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.omotenashi.concierge.agent.dialogue.AgentTools;
import org.omotenashi.concierge.agent.dialogue.ContactProof;
import org.omotenashi.concierge.agent.dialogue.DialogueState;
import org.omotenashi.concierge.agent.dialogue.HotelProfile;
import org.omotenashi.concierge.agent.dialogue.HotelProfile.RoomTypeProfile;
import org.omotenashi.concierge.agent.dialogue.ServiceTaskRequest;
import org.omotenashi.concierge.agent.dialogue.ToolCall;
import org.omotenashi.concierge.agent.dialogue.TurnContext;
import org.omotenashi.concierge.booking.BookingChangeRequest;
import org.omotenashi.concierge.booking.BookingReference;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.InvalidBookingRequestException;
import org.omotenashi.concierge.booking.Party;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.PmsUnavailableException;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.booking.StayRequest;
import org.omotenashi.concierge.task.TaskPriority;

/**
 * The concierge's tools as an LLM sees them (explicit JSON schemas, no reflection) and the
 * guardrails between the model and the hotel, for one guest message.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>Every argument is checked before a tool is used: dates parse and keep the hotel's rules
 *       (not in the past, 1 to {@code maxNights} nights, within the booking horizon), room types,
 *       rooms and departments are the hotel's, parties fit the room. A bad argument goes back to
 *       the model as an error and never reaches {@link AgentTools}.
 *   <li>Nothing that writes is done while the model is still talking. {@code create_booking},
 *       {@code modify_booking} and {@code cancel_booking} only <em>propose</em>: they price the
 *       stay and, once the model has answered, leave the dialogue state exactly where the offline
 *       dialogue leaves it before its confirmation question; the guest's "yes" is then the offline
 *       dialogue's to execute. Service requests and the hand-off to staff are held until the
 *       model's final answer too ({@link #apply()}), so that a turn that fails half-way leaves no
 *       trace and the offline concierge starts clean. Only a failed proof of a booking counts at
 *       once, so that failing the provider cannot reset the count.
 *   <li>A booking is shown, changed or cancelled only once the guest proved it is theirs, by the
 *       offline agent's rule: made from this channel address, proved earlier in the conversation,
 *       or the email or phone on it given now. A wrong reference and a wrong contact get the same
 *       answer; after {@link #MAX_FAILED_VERIFICATIONS} failures the conversation goes to staff.
 * </ul>
 */
final class LlmToolbox {
  static final String GET_HOTEL_INFO = "get_hotel_info";
  static final String CHECK_AVAILABILITY = "check_availability";
  static final String CREATE_BOOKING = "create_booking";
  static final String GET_BOOKING = "get_booking";
  static final String MODIFY_BOOKING = "modify_booking";
  static final String CANCEL_BOOKING = "cancel_booking";
  static final String CREATE_SERVICE_REQUEST = "create_service_request";
  static final String HANDOFF_TO_STAFF = "handoff_to_staff";

  static final int MAX_FAILED_VERIFICATIONS = 3;
  private static final int MAX_SUMMARY = 500;
  private static final int MAX_REASON = 500;
  private static final List<String> PRIORITIES =
      Arrays.stream(TaskPriority.values()).map(TaskPriority::name).toList();
  private static final String CHECK_TIMES = "check_in_and_out_times";
  private static final String ADDRESS = "address";
  private static final String CONTACT = "contact";
  private static final String ROOMS = "rooms";
  /** Fact categories whose facts are one list (all stations, all sights), asked for as a whole. */
  private static final Set<String> LIST_CATEGORIES = Set.of("transport", "nearby");

  private final String language;
  private final DialogueState state;
  private final TurnContext context;
  private final HotelProfile hotel;
  private final AgentTools tools;

  private final List<ToolCall> calls = new ArrayList<>();
  private final Set<String> usedTools = new LinkedHashSet<>();
  private final Set<String> verified = new LinkedHashSet<>();
  private final List<ServiceTaskRequest> serviceRequests = new ArrayList<>();
  private Consumer<DialogueState> proposal;
  private String handoffReason;

  /** A bad argument or a refusal, told to the model so that it can ask the guest. */
  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  LlmToolbox(
      String language, DialogueState state, TurnContext context, HotelProfile hotel, AgentTools tools) {
    this.language = language;
    this.state = state;
    this.context = context;
    this.hotel = hotel;
    this.tools = tools;
  }

  // ---- What the model is offered.

  List<ToolSpecification> specifications() {
    List<String> roomTypes = hotel.roomTypes().stream().map(RoomTypeProfile::code).toList();
    List<ToolSpecification> specifications = new ArrayList<>();
    specifications.add(tool(GET_HOTEL_INFO,
        "The hotel's own facts about one topic (wifi, breakfast, policies, transport, sights...), in"
            + " the guest's language where the hotel wrote them. The only source for facts about the hotel.",
        JsonObjectSchema.builder()
            .addEnumProperty("topic", topics(), "what the guest asks about")
            .required("topic")));
    specifications.add(tool(CHECK_AVAILABILITY,
        "Free rooms and total prices (taxes included) for a stay, per room type.",
        stay(JsonObjectSchema.builder()).required("check_in", "check_out", "adults")));
    specifications.add(tool(CREATE_BOOKING,
        "Prepares a new booking and returns its summary and total. It does NOT book: the guest must"
            + " then confirm with yes, and the hotel books it on that answer.",
        stay(JsonObjectSchema.builder())
            .addEnumProperty("room_type", roomTypes, "the room type code")
            .addStringProperty("guest_name", "the name the booking is in")
            .addStringProperty("email", "the guest's email address")
            .addStringProperty("phone", "the guest's phone number")
            .required("room_type", "check_in", "check_out", "adults", "guest_name")));
    specifications.add(tool(GET_BOOKING,
        "Shows a booking once the guest proved it is theirs. Without a reference, finds the one"
            + " booking made from this chat. For another booking give the reference and the email or"
            + " phone number on it.",
        JsonObjectSchema.builder()
            .addStringProperty("reference", "the booking reference, like SKR-7K3Q9P")
            .addStringProperty("email", "the email address on the booking")
            .addStringProperty("phone", "the phone number on the booking")));
    specifications.add(tool(MODIFY_BOOKING,
        "Prepares a change of a booking shown by get_booking and returns the new total. It does NOT"
            + " change it: the guest must confirm with yes. Give only what changes.",
        JsonObjectSchema.builder()
            .addStringProperty("reference", "the booking reference")
            .addStringProperty("new_check_in", "new arrival date, YYYY-MM-DD")
            .addStringProperty("new_check_out", "new departure date, YYYY-MM-DD")
            .addIntegerProperty("new_adults", "new number of adults")
            .addIntegerProperty("new_children", "new number of children")
            .addEnumProperty("new_room_type", roomTypes, "new room type code")
            .required("reference")));
    specifications.add(tool(CANCEL_BOOKING,
        "Prepares the cancellation of a booking shown by get_booking and returns the fee. It does NOT"
            + " cancel: the guest must confirm with yes.",
        JsonObjectSchema.builder()
            .addStringProperty("reference", "the booking reference")
            .required("reference")));
    specifications.add(tool(CREATE_SERVICE_REQUEST,
        "Asks one of the hotel's teams to do something for the guest (towels, a repair, room service,"
            + " a taxi, a wake-up call, late check-out...).",
        JsonObjectSchema.builder()
            .addEnumProperty("department", List.copyOf(new TreeSet<>(hotel.departments())), "the team")
            .addStringProperty("summary", "what to do, in English, one or two sentences")
            .addStringProperty("room", "the room number, if the guest gave one")
            .addEnumProperty("priority", PRIORITIES, "NORMAL unless urgent")
            .addStringProperty("due_time", "when it must be done, HH:MM hotel time (a wake-up call)")
            .required("department", "summary")));
    specifications.add(tool(HANDOFF_TO_STAFF,
        "Passes the conversation to a member of staff: when the guest asks for a person, complains,"
            + " or the tools cannot help.",
        JsonObjectSchema.builder()
            .addStringProperty("reason", "why, in English, one sentence")
            .required("reason")));
    return specifications;
  }

  private static ToolSpecification tool(String name, String description, JsonObjectSchema.Builder parameters) {
    return ToolSpecification.builder()
        .name(name)
        .description(description)
        .parameters(parameters.build())
        .build();
  }

  private static JsonObjectSchema.Builder stay(JsonObjectSchema.Builder schema) {
    return schema
        .addStringProperty("check_in", "arrival date, YYYY-MM-DD")
        .addStringProperty("check_out", "departure date, YYYY-MM-DD")
        .addIntegerProperty("adults", "number of adults")
        .addIntegerProperty("children", "number of children");
  }

  /** The topics get_hotel_info answers: fixed ones, then the hotel's own fact paths. */
  List<String> topics() {
    Set<String> topics = new LinkedHashSet<>(List.of(CHECK_TIMES, ADDRESS, CONTACT, ROOMS));
    for (HotelProfile.Fact fact : hotel.facts()) {
      topics.add(LIST_CATEGORIES.contains(fact.category()) ? fact.category() : fact.path());
    }
    return List.copyOf(topics);
  }

  // ---- Using a tool.

  /** Runs one tool call of the model and returns what to tell the model (JSON). */
  String execute(ToolExecutionRequest request) {
    String name = request.name();
    usedTools.add(name);
    JsonObject arguments;
    try {
      arguments = parse(request.arguments());
    } catch (Refused e) {
      return refused(name, Map.of(), e.getMessage());
    }
    Map<String, Object> shown = shown(arguments);
    try {
      return switch (name) {
        case GET_HOTEL_INFO -> hotelInfo(arguments, shown);
        case CHECK_AVAILABILITY -> checkAvailability(arguments, shown);
        case CREATE_BOOKING -> proposeBooking(arguments, shown);
        case GET_BOOKING -> getBooking(arguments, shown);
        case MODIFY_BOOKING -> proposeChange(arguments, shown);
        case CANCEL_BOOKING -> proposeCancellation(arguments, shown);
        case CREATE_SERVICE_REQUEST -> serviceRequest(arguments, shown);
        case HANDOFF_TO_STAFF -> handoff(arguments, shown);
        default -> throw new Refused("there is no tool named " + name);
      };
    } catch (Refused e) {
      return refused(name, shown, e.getMessage());
    } catch (InvalidBookingRequestException e) {
      return refused(name, shown, e.getMessage());
    } catch (PmsUnavailableException e) {
      calls.add(new ToolCall(name, shown, "reservation system unavailable"));
      return error("The reservation system does not answer right now. Offer to pass the guest to staff.");
    }
  }

  private String hotelInfo(JsonObject arguments, Map<String, Object> shown) {
    String topic = required(arguments, "topic");
    List<String> parts = new ArrayList<>();
    switch (topic) {
      case CHECK_TIMES ->
          parts.add(
              "Check-in from " + hotel.rules().checkInTime()
                  + ", check-out until " + hotel.rules().checkOutTime() + ".");
      case ADDRESS -> parts.add(hotel.name() + ", " + hotel.address());
      case CONTACT -> {
        parts.add("Phone " + hotel.phone() + ", email " + hotel.email());
        if (hotel.frontDesk() != null) {
          parts.add(hotel.frontDesk());
        }
      }
      case ROOMS -> hotel.roomTypes().forEach(type -> parts.add("%s (%s): %s, %d m², up to %d guests"
          .formatted(type.name(), type.code(), type.beds(), type.sizeM2(), type.maxGuests())));
      default -> {
        if (!topics().contains(topic)) {
          throw new Refused("unknown topic '" + topic + "'; topics: " + String.join(", ", topics()));
        }
        String prefix = LIST_CATEGORIES.contains(topic) ? topic + "." : topic;
        hotel.factsAt(prefix, language).forEach(fact -> parts.add(
            LIST_CATEGORIES.contains(topic) ? fact.key().replace('_', ' ') + ": " + fact.text() : fact.text()));
      }
    }
    calls.add(new ToolCall(GET_HOTEL_INFO, shown, parts.isEmpty() ? "no fact" : parts.size() + " fact(s)"));
    if (parts.isEmpty()) {
      return error("The hotel has written nothing about this. Say you do not know and offer to ask staff.");
    }
    JsonArrayBuilder facts = Json.createArrayBuilder();
    parts.forEach(facts::add);
    return Json.createObjectBuilder().add("topic", topic).add("facts", facts).build().toString();
  }

  private String checkAvailability(JsonObject arguments, Map<String, Object> shown) {
    StayRequest stay = stayRequest(arguments, "check_in", "check_out", "adults", "children", hotel.largestRoom());
    List<RoomTypeAvailability> offers = tools.checkAvailability(stay);
    List<RoomTypeAvailability> bookable = offers.stream().filter(RoomTypeAvailability::isBookable).toList();
    calls.add(new ToolCall(CHECK_AVAILABILITY, shown,
        bookable.stream().map(offer -> offer.roomType() + " x" + offer.available()).toList().toString()));
    JsonArrayBuilder rooms = Json.createArrayBuilder();
    bookable.forEach(offer -> rooms.add(Json.createObjectBuilder()
        .add("room_type", offer.roomType())
        .add("name", offer.name())
        .add("rooms_free", offer.available())
        .add("total", offer.total())
        .add("currency", offer.currency())));
    JsonObjectBuilder answer = stayJson(stay).add("rooms", rooms);
    if (bookable.isEmpty()) {
      answer.add("note", "No room is free for this stay.");
    }
    return answer.build().toString();
  }

  private String proposeBooking(JsonObject arguments, Map<String, Object> shown) {
    RoomTypeProfile type = roomType(required(arguments, "room_type"), "room_type");
    StayRequest stay = stayRequest(arguments, "check_in", "check_out", "adults", "children", type.maxGuests());
    String name = required(arguments, "guest_name");
    String email = optional(arguments, "email");
    String phone = optional(arguments, "phone");
    new GuestContact(name, email, phone != null ? phone : context.guestPhone());
    if (email == null && phone == null && context.guestPhone() == null) {
      throw new Refused("an email address or phone number is needed on this channel: ask the guest for their email");
    }
    RoomTypeAvailability offer = tools.checkAvailability(stay).stream()
        .filter(found -> found.roomType().equals(type.code()))
        .findFirst()
        .filter(RoomTypeAvailability::isBookable)
        .orElseThrow(() -> new Refused("no " + type.name() + " is free for this stay; check_availability shows what is"));
    proposal = target -> target.proposeBooking(type.code(), stay.stay().checkIn(), stay.stay().checkOut(),
        stay.party().adults(), stay.party().children(), name.strip(), email, phone);
    calls.add(new ToolCall(CREATE_BOOKING, shown, "proposed, waiting for the guest's yes"));
    return stayJson(stay)
        .add("status", "PROPOSED_NOT_BOOKED")
        .add("room", type.name())
        .add("guest_name", name.strip())
        .add("total", offer.total())
        .add("currency", offer.currency())
        .add("next", "Give the guest this summary with the total and ask them to confirm with yes."
            + " Nothing is booked until they do: do not say it is booked.")
        .build()
        .toString();
  }

  private String getBooking(JsonObject arguments, Map<String, Object> shown) {
    String email = optional(arguments, "email");
    String phone = optional(arguments, "phone");
    Optional<String> given = Optional.ofNullable(optional(arguments, "reference"));
    if (state.failedVerifications() >= MAX_FAILED_VERIFICATIONS) {
      handoffReason = "The guest could not prove a booking is theirs " + MAX_FAILED_VERIFICATIONS + " times";
      calls.add(new ToolCall(GET_BOOKING, shown, "refused: too many failed verifications"));
      return error("Too many failed attempts: the conversation goes to staff. Tell the guest a member of the team will reply.");
    }
    if (given.isEmpty()) {
      Optional<PmsBooking> own = tools.findOnlyBookingOfThisGuest();
      calls.add(new ToolCall(GET_BOOKING, shown, own.map(found -> "found " + found.reference()).orElse("none")));
      if (own.isEmpty()) {
        return error("No single booking was made from this chat. Ask the guest for the booking reference"
            + " and the email or phone number on the booking.");
      }
      verified.add(own.get().reference().value());
      return bookingJson(own.get()).build().toString();
    }
    BookingReference reference;
    try {
      reference = BookingReference.parse(given.get());
    } catch (InvalidBookingRequestException e) {
      throw new Refused("'" + given.get() + "' is not a booking reference (like SKR-7K3Q9P)");
    }
    Optional<PmsBooking> booking = tools.getBooking(reference);
    boolean proved = booking.isPresent()
        && (isVerified(reference.value())
            || tools.madeByThisGuest(booking.get())
            || ContactProof.matches(booking.get(), email, phone));
    if (proved) {
      verified.add(reference.value());
      calls.add(new ToolCall(GET_BOOKING, shown, "found, " + booking.get().status()));
      return bookingJson(booking.get()).build().toString();
    }
    if (email == null && phone == null) {
      // The same answer whether the reference exists or not.
      calls.add(new ToolCall(GET_BOOKING, shown, "needs the guest's email or phone"));
      return error("Ask the guest for the email address or phone number on the booking, then call again with it.");
    }
    int failures = state.recordFailedVerification();
    calls.add(new ToolCall(GET_BOOKING, shown, "not found or not the guest's"));
    if (failures >= MAX_FAILED_VERIFICATIONS) {
      handoffReason = "The guest could not prove a booking is theirs " + MAX_FAILED_VERIFICATIONS + " times";
      return error("No booking matches. Too many failed attempts: the conversation goes to staff."
          + " Tell the guest a member of the team will reply.");
    }
    return error("No booking matches this reference and contact. Ask the guest to check both.");
  }

  private String proposeChange(JsonObject arguments, Map<String, Object> shown) {
    PmsBooking booking = provedBooking(arguments);
    LocalDate newCheckIn = date(arguments, "new_check_in", false);
    LocalDate newCheckOut = date(arguments, "new_check_out", false);
    Integer newAdults = integer(arguments, "new_adults", false);
    Integer newChildren = integer(arguments, "new_children", false);
    String newRoomType = optional(arguments, "new_room_type");
    if (newRoomType != null) {
      newRoomType = roomType(newRoomType, "new_room_type").code();
    }
    if (newCheckIn == null && newCheckOut == null && newAdults == null && newChildren == null && newRoomType == null) {
      throw new Refused("nothing to change: ask the guest what they want to change");
    }
    if (newCheckIn != null && newCheckOut == null) {
      // A new arrival alone keeps the length of the stay.
      newCheckOut = newCheckIn.plusDays(booking.stay().nights());
    }
    BookingRequest changed = new BookingChangeRequest(
        Optional.ofNullable(newRoomType), Optional.ofNullable(newCheckIn), Optional.ofNullable(newCheckOut),
        Optional.ofNullable(newAdults), Optional.ofNullable(newChildren), Optional.empty()).applyTo(booking);
    RoomTypeProfile type = roomType(changed.roomType(), "new_room_type");
    checkStay(changed.stay(), "new_check_in");
    checkParty(changed.party(), type.maxGuests());
    RoomTypeAvailability offer = tools.checkAvailability(changed.stayRequest()).stream()
        .filter(found -> found.roomType().equals(type.code()))
        .findFirst()
        .orElseThrow(() -> new Refused(type.name() + " does not take this party"));
    String code = booking.reference().value();
    LocalDate checkIn = newCheckIn;
    LocalDate checkOut = newCheckOut;
    String roomType = newRoomType;
    proposal = target -> {
      target.markVerified(code);
      target.proposeChange(code, checkIn, checkOut, newAdults, newChildren, roomType);
    };
    calls.add(new ToolCall(MODIFY_BOOKING, shown, "proposed, waiting for the guest's yes"));
    return stayJson(changed.stayRequest())
        .add("reference", code)
        .add("status", "PROPOSED_NOT_CHANGED")
        .add("room", type.name())
        .add("new_total", offer.total())
        .add("currency", offer.currency())
        .add("next", "Give the guest the changed stay with the new total and ask them to confirm with yes."
            + " Nothing changes until they do.")
        .build()
        .toString();
  }

  private String proposeCancellation(JsonObject arguments, Map<String, Object> shown) {
    PmsBooking booking = provedBooking(arguments);
    BigDecimal fee = tools.cancellationFee(booking);
    String code = booking.reference().value();
    proposal = target -> {
      target.markVerified(code);
      target.proposeCancellation(code);
    };
    calls.add(new ToolCall(CANCEL_BOOKING, shown, "proposed, waiting for the guest's yes"));
    return Json.createObjectBuilder()
        .add("reference", code)
        .add("status", "PROPOSED_NOT_CANCELLED")
        .add("cancellation_fee", fee)
        .add("currency", booking.currency())
        .add("next", "Tell the guest the fee (or that it is free) and ask them to confirm the cancellation"
            + " with yes. Nothing is cancelled until they do.")
        .build()
        .toString();
  }

  private static TaskPriority priority(String given) {
    if (given == null) {
      return TaskPriority.NORMAL;
    }
    try {
      return TaskPriority.valueOf(given.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Refused("priority must be one of " + String.join(", ", PRIORITIES));
    }
  }

  private String serviceRequest(JsonObject arguments, Map<String, Object> shown) {
    String department = required(arguments, "department");
    if (!hotel.departments().contains(department)) {
      throw new Refused("unknown department '" + department + "'; departments: "
          + String.join(", ", new TreeSet<>(hotel.departments())));
    }
    String summary = required(arguments, "summary").strip().replaceAll("\\s+", " ");
    if (summary.length() > MAX_SUMMARY) {
      summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
    }
    TaskPriority priority = priority(optional(arguments, "priority"));
    String room = optional(arguments, "room");
    if (room != null && !hotel.rooms().contains(room.strip())) {
      throw new Refused("the hotel has no room '" + room + "'; ask the guest for their room number");
    }
    String forRoom = room != null ? room.strip() : tools.findCurrentRoomOfThisGuest().orElse(null);
    Instant dueAt = null;
    String dueTime = optional(arguments, "due_time");
    if (dueTime != null) {
      try {
        dueAt = next(LocalTime.parse(dueTime.strip()));
      } catch (DateTimeParseException e) {
        throw new Refused("due_time must be a time like 07:30");
      }
    }
    serviceRequests.add(new ServiceTaskRequest(department, forRoom, summary, priority, dueAt));
    calls.add(new ToolCall(CREATE_SERVICE_REQUEST, shown, "task for " + department + " when the answer is sent"));
    JsonObjectBuilder answer = Json.createObjectBuilder()
        .add("status", "ACCEPTED")
        .add("department", department)
        .add("priority", priority.name());
    if (forRoom != null) {
      answer.add("room", forRoom);
    }
    return answer.add("next", "Tell the guest the team has been asked.").build().toString();
  }

  private String handoff(JsonObject arguments, Map<String, Object> shown) {
    String reason = required(arguments, "reason").strip();
    handoffReason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason;
    calls.add(new ToolCall(HANDOFF_TO_STAFF, shown, "waiting for staff"));
    return Json.createObjectBuilder()
        .add("status", "HANDED_TO_STAFF")
        .add("next", "Tell the guest that a member of the team will reply here shortly.")
        .build()
        .toString();
  }

  // ---- The effects, once the model's answer stands.

  /**
   * Makes what the tools held back: proved bookings remembered, the proposal put in the dialogue
   * state, service requests created. Without a proposal (or with a hand-off) the goal in progress
   * is dropped: the guest read the model's reply, not the offline dialogue's last question, so a
   * later offline turn must not take the next message as its answer.
   */
  void apply() {
    verified.forEach(state::markVerified);
    if (proposal != null && handoffReason == null) {
      proposal.accept(state);
    } else {
      state.finishGoal();
    }
    for (ServiceTaskRequest request : serviceRequests) {
      tools.createServiceRequest(request);
    }
  }

  List<ToolCall> calls() {
    return List.copyOf(calls);
  }

  Set<String> usedTools() {
    return Set.copyOf(usedTools);
  }

  Optional<String> handoffReason() {
    return Optional.ofNullable(handoffReason);
  }

  // ---- Checks.

  private PmsBooking provedBooking(JsonObject arguments) {
    String given = required(arguments, "reference");
    BookingReference reference;
    try {
      reference = BookingReference.parse(given);
    } catch (InvalidBookingRequestException e) {
      throw new Refused("'" + given + "' is not a booking reference (like SKR-7K3Q9P)");
    }
    Optional<PmsBooking> booking = tools.getBooking(reference);
    if (booking.isEmpty() || !(isVerified(reference.value()) || tools.madeByThisGuest(booking.get()))) {
      throw new Refused("the guest has not proved this booking is theirs: call get_booking with the"
          + " reference and the email or phone on the booking first");
    }
    if (booking.get().status() != BookingStatus.CONFIRMED) {
      throw new Refused("the booking is " + booking.get().status() + " and cannot be changed or cancelled");
    }
    return booking.get();
  }

  private boolean isVerified(String reference) {
    return verified.contains(reference) || state.isVerified(reference);
  }

  private RoomTypeProfile roomType(String code, String field) {
    return hotel.findRoomType(code.strip().toUpperCase(Locale.ROOT))
        .orElseThrow(() -> new Refused(field + ": the hotel has no room type '" + code + "'; room types: "
            + String.join(", ", hotel.roomTypes().stream().map(RoomTypeProfile::code).toList())));
  }

  private StayRequest stayRequest(
      JsonObject arguments, String checkInField, String checkOutField, String adultsField, String childrenField,
      int maxGuests) {
    LocalDate checkIn = date(arguments, checkInField, true);
    LocalDate checkOut = date(arguments, checkOutField, true);
    if (!checkOut.isAfter(checkIn)) {
      throw new Refused(checkOutField + " must be after " + checkInField);
    }
    StayPeriod stay = new StayPeriod(checkIn, checkOut);
    checkStay(stay, checkInField);
    Integer children = integer(arguments, childrenField, false);
    Party party = new Party(integer(arguments, adultsField, true), children == null ? 0 : children);
    checkParty(party, maxGuests);
    return new StayRequest(stay, party);
  }

  /** The hotel's rules for a stay, as the offline dialogue checks them before asking the PMS. */
  private void checkStay(StayPeriod stay, String field) {
    hotel
        .rules()
        .breach(stay.checkIn(), stay.checkOut(), context.today())
        .ifPresent(
            breach -> {
              throw new InvalidBookingRequestException(field, breach.reason());
            });
  }

  private static void checkParty(Party party, int maxGuests) {
    if (party.guests() > maxGuests) {
      throw new InvalidBookingRequestException("adults", "too many guests: at most " + maxGuests + " in one room");
    }
  }

  private Instant next(LocalTime time) {
    ZonedDateTime now = context.now().atZone(hotel.zone());
    ZonedDateTime due = now.with(time).withSecond(0).withNano(0);
    return (due.isAfter(now) ? due : due.plusDays(1)).toInstant();
  }

  // ---- Arguments and answers.

  private static JsonObject parse(String text) {
    if (text == null || text.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new Refused("the arguments are not a JSON object");
    }
  }

  private static String required(JsonObject arguments, String name) {
    String value = optional(arguments, name);
    if (value == null) {
      throw new Refused(name + " is required");
    }
    return value;
  }

  private static String optional(JsonObject arguments, String name) {
    JsonValue value = arguments.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    String text = value instanceof JsonString string ? string.getString() : value.toString();
    return text.isBlank() ? null : text.strip();
  }

  private static LocalDate date(JsonObject arguments, String name, boolean required) {
    String text = required ? required(arguments, name) : optional(arguments, name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new Refused(name + " must be a date like 2026-12-24, not '" + text + "'");
    }
  }

  private static Integer integer(JsonObject arguments, String name, boolean required) {
    JsonValue value = arguments.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        throw new Refused(name + " is required");
      }
      return null;
    }
    try {
      int number = value instanceof JsonNumber json ? json.intValueExact()
          : Integer.parseInt(((JsonString) value).getString().strip());
      if (number < 0 || number > 99) {
        throw new Refused(name + " must be between 0 and 99");
      }
      return number;
    } catch (ArithmeticException | NumberFormatException | ClassCastException e) {
      throw new Refused(name + " must be a whole number");
    }
  }

  /** The arguments as the turn records them: names and values as text. */
  private static Map<String, Object> shown(JsonObject arguments) {
    Map<String, Object> shown = new LinkedHashMap<>();
    arguments.forEach((name, value) -> {
      if (value != JsonValue.NULL) {
        shown.put(name, value instanceof JsonString string ? string.getString() : value.toString());
      }
    });
    return shown;
  }

  private String refused(String tool, Map<String, Object> shown, String problem) {
    calls.add(new ToolCall(tool, shown, "refused: " + problem));
    return error(problem);
  }

  private static String error(String message) {
    return Json.createObjectBuilder().add("error", message).build().toString();
  }

  private static JsonObjectBuilder stayJson(StayRequest stay) {
    return Json.createObjectBuilder()
        .add("check_in", stay.stay().checkIn().toString())
        .add("check_out", stay.stay().checkOut().toString())
        .add("nights", stay.stay().nights())
        .add("adults", stay.party().adults())
        .add("children", stay.party().children());
  }

  private JsonObjectBuilder bookingJson(PmsBooking booking) {
    return Json.createObjectBuilder()
        .add("reference", booking.reference().value())
        .add("status", booking.status().name())
        .add("room", hotel.findRoomType(booking.roomType()).map(RoomTypeProfile::name).orElse(booking.roomType()))
        .add("check_in", booking.stay().checkIn().toString())
        .add("check_out", booking.stay().checkOut().toString())
        .add("nights", (int) ChronoUnit.DAYS.between(booking.stay().checkIn(), booking.stay().checkOut()))
        .add("adults", booking.party().adults())
        .add("children", booking.party().children())
        .add("guest_name", booking.guest().name())
        .add("total", booking.total())
        .add("currency", booking.currency());
  }
}
