package org.omotenashi.concierge.booking.qloapps;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.InvalidBookingRequestException;
import org.omotenashi.concierge.booking.Party;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.StayPeriod;

/**
 * Bookings in QloApps's wire format: the bodies of the {@code bookings} resource ({@code
 * classes/webservice/WebserviceSpecificManagementBookings.php}) and the reading of its answers, of
 * the core {@code orders} resource (a booking's order state and dates) and of the {@code
 * configurations} resource (which order states mean cancelled).
 *
 * <p>A booking is a QloApps order; its answer ({@code getBookingDetails()}) reads
 *
 * <pre>{@code
 * {"booking": {"id": 12, "id_property": 1, "currency": "JPY", "source": "...",
 *   "booking_date": "2026-11-05 10:31:12",
 *   "associations": {
 *     "customer_detail": {"id_customer": 3, "firstname": "Hanako", "lastname": "Sato",
 *                         "email": "hanako@example.jp", "phone": ""},
 *     "price_details": {"total_paid": 0, "total_price_without_tax": 20000, "total_tax": 2000},
 *     "remarks": ["..."],
 *     "room_types": [{"id_room_type": 1, "checkin_date": "2026-12-01 00:00:00",
 *       "checkout_date": "2026-12-03 00:00:00", "number_of_rooms": 1, "name": "Standard Twin",
 *       "total_tax": 2000, "rooms": [{"id_room": 101, "id_hotel_booking": 7, "adults": 2,
 *       "child": 0, "unit_price_without_tax": 20000, "total_tax": 2000}]}]}}}
 * }</pre>
 *
 * <p>It carries no status: that is the order's {@code current_state} in the {@code orders}
 * resource, compared with QloApps's {@code PS_OS_CANCELED} and {@code PS_OS_REFUND} order states.
 */
final class QloAppsBookings {
  static final String RESOURCE = "bookings";

  /** {@code API_BOOKING_STATUS_NEW}: a booking that holds its rooms. */
  static final int STATUS_NEW = 1;

  /** {@code API_BOOKING_STATUS_CANCELLED}: the order moves to QloApps's cancelled state. */
  static final int STATUS_CANCELLED = 3;

  /** {@code API_BOOKING_PAYMENT_STATUS_AWATING} [sic]: the guest pays at the hotel. */
  static final int PAYMENT_AWAITING = 3;

  static final String SOURCE = "Omotenashi Concierge";

  /** Keeps the guest conversation with the booking: QloApps stores it as an order message. */
  static final String CONVERSATION_REMARK = "Omotenashi Concierge conversation ";

  /** QloApps's answer to a booking it cannot make on those dates. */
  static final String NOT_AVAILABLE = "Requested room(s) not available";

  static final List<String> CANCELLED_STATE_KEYS = List.of("PS_OS_CANCELED", "PS_OS_REFUND");

  private QloAppsBookings() {}

  /** A booking as QloApps holds it, read from a {@code bookings} answer. */
  record QloAppsBooking(
      long id,
      int hotelId,
      String currency,
      Customer customer,
      List<RoomLine> lines,
      BigDecimal totalWithTax,
      List<String> remarks,
      LocalDateTime bookingDate) {}

  record Customer(String firstname, String lastname, String email, String phone) {}

  /** Rooms of one type for one stay; {@code rooms} may be empty when only the count matters. */
  record RoomLine(
      int roomTypeId, LocalDate checkIn, LocalDate checkOut, int numberOfRooms, List<Party> rooms) {
    boolean sameStay(int otherTypeId, StayPeriod stay) {
      return roomTypeId == otherTypeId
          && checkIn.equals(stay.checkIn())
          && checkOut.equals(stay.checkOut());
    }
  }

  /** An order's state and dates, from the {@code orders} resource. */
  record OrderFacts(int currentState, LocalDateTime dateAdd, LocalDateTime dateUpd) {}

  // ---- Requests

  /** The body of {@code POST bookings}: one room of the type, to be paid at the hotel. */
  static JsonObject createBody(BookingRequest request, int roomTypeId, QloAppsSettings settings) {
    RoomLine line =
        new RoomLine(
            roomTypeId,
            request.stay().checkIn(),
            request.stay().checkOut(),
            1,
            List.of(request.party()));
    JsonObjectBuilder booking =
        Json.createObjectBuilder()
            .add("id_property", settings.hotelId())
            .add("currency", settings.currency())
            .add("booking_status", STATUS_NEW)
            .add("payment_status", PAYMENT_AWAITING)
            .add("source", SOURCE);
    if (request.conversationId() != null) {
      booking.add("remark", CONVERSATION_REMARK + request.conversationId());
    }
    booking.add(
        "associations",
        Json.createObjectBuilder()
            .add("customer_detail", customerDetail(request.guest()))
            .add(
                "payment_detail",
                Json.createObjectBuilder()
                    .add("payment_type", "pay at hotel")
                    .add("payment_method", "Pay at hotel"))
            .add("room_types", Json.createArrayBuilder().add(roomLine(line))));
    return Json.createObjectBuilder().add("booking", booking).build();
  }

  /**
   * The body of {@code PUT bookings/{id}}. QloApps keeps the booked rooms whose type and dates are
   * in {@code lines}, adds the others (checking availability) and removes the rest; a line without
   * rooms keeps its rooms as they are. {@code bookingStatus} is null to leave the status alone.
   */
  static JsonObject updateBody(
      long id,
      int hotelId,
      JsonObject customerDetail,
      List<RoomLine> lines,
      Integer bookingStatus) {
    JsonObjectBuilder booking =
        Json.createObjectBuilder().add("id", id).add("id_property", hotelId);
    if (bookingStatus != null) {
      booking.add("booking_status", bookingStatus);
    }
    JsonArrayBuilder roomTypes = Json.createArrayBuilder();
    lines.forEach(line -> roomTypes.add(roomLine(line)));
    booking.add(
        "associations",
        Json.createObjectBuilder()
            .add("customer_detail", customerDetail)
            .add("room_types", roomTypes));
    return Json.createObjectBuilder().add("booking", booking).build();
  }

  static JsonObject customerDetail(GuestContact guest) {
    if (guest.email() == null) {
      throw new InvalidBookingRequestException(
          "guest.email", "is required: QloApps keeps every booking under a customer's email");
    }
    String[] names = splitName(guest.name());
    JsonObjectBuilder detail =
        Json.createObjectBuilder()
            .add("firstname", names[0])
            .add("lastname", names[1])
            .add("email", guest.email());
    if (guest.phone() != null) {
      detail.add("phone", guest.phone());
    }
    return detail.build();
  }

  static JsonObject customerDetail(Customer customer) {
    JsonObjectBuilder detail =
        Json.createObjectBuilder()
            .add("firstname", customer.firstname())
            .add("lastname", customer.lastname())
            .add("email", customer.email());
    if (customer.phone() != null && !customer.phone().isBlank()) {
      detail.add("phone", customer.phone());
    }
    return detail.build();
  }

  private static JsonObjectBuilder roomLine(RoomLine line) {
    JsonObjectBuilder roomType =
        Json.createObjectBuilder()
            .add("id_room_type", line.roomTypeId())
            .add("checkin_date", line.checkIn().toString())
            .add("checkout_date", line.checkOut().toString())
            .add("number_of_rooms", line.numberOfRooms());
    if (!line.rooms().isEmpty()) {
      JsonArrayBuilder rooms = Json.createArrayBuilder();
      // QloApps 1.7 reads "adults" and "child"; it records children only with their ages
      // ("child_ages"), which the concierge does not ask for.
      line.rooms()
          .forEach(
              party ->
                  rooms.add(
                      Json.createObjectBuilder()
                          .add("adults", party.adults())
                          .add("child", party.children())));
      roomType.add("rooms", rooms);
    }
    return roomType;
  }

  /**
   * QloApps wants a first and a last name: the last word is the last name; a name of one word is
   * sent as both (and read back as one word).
   */
  static String[] splitName(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0
        ? new String[] {name, name}
        : new String[] {name.substring(0, space).strip(), name.substring(space + 1)};
  }

  // ---- Answers

  static QloAppsBooking readBooking(JsonObject answer) {
    JsonObject booking = JsonFields.object(answer, "booking");
    JsonObject associations = JsonFields.object(booking, "associations");
    JsonObject customer = JsonFields.object(associations, "customer_detail");
    JsonObject prices = JsonFields.object(associations, "price_details");
    List<RoomLine> lines = new ArrayList<>();
    for (JsonObject line : JsonFields.objects(associations, "room_types")) {
      lines.add(readLine(line));
    }
    if (lines.isEmpty()) {
      throw new MalformedAnswerException("a booking without rooms");
    }
    return new QloAppsBooking(
        JsonFields.integer(booking, "id"),
        JsonFields.integer(booking, "id_property"),
        JsonFields.text(booking, "currency").toUpperCase(Locale.ROOT),
        new Customer(
            JsonFields.optionalText(customer, "firstname").orElse(""),
            JsonFields.optionalText(customer, "lastname").orElse(""),
            JsonFields.optionalText(customer, "email").orElse(""),
            JsonFields.optionalText(customer, "phone").orElse("")),
        lines,
        JsonFields.decimal(prices, "total_price_without_tax")
            .add(JsonFields.decimal(prices, "total_tax")),
        remarks(associations.get("remarks")),
        JsonFields.optionalText(booking, "booking_date")
            .map(QloAppsBookings::dateTime)
            .orElse(null));
  }

  private static RoomLine readLine(JsonObject line) {
    List<Party> rooms = new ArrayList<>();
    for (JsonObject room : JsonFields.objects(line, "rooms")) {
      int adults = JsonFields.optionalInteger(room, "adults").orElse(1);
      int children = JsonFields.optionalInteger(room, "child").orElse(0);
      rooms.add(new Party(Math.max(1, adults), Math.max(0, children)));
    }
    return new RoomLine(
        JsonFields.integer(line, "id_room_type"),
        date(JsonFields.text(line, "checkin_date")),
        date(JsonFields.text(line, "checkout_date")),
        JsonFields.optionalInteger(line, "number_of_rooms").orElse(Math.max(1, rooms.size())),
        rooms);
  }

  private static List<String> remarks(JsonValue value) {
    List<String> remarks = new ArrayList<>();
    if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue remark : value.asJsonArray()) {
        if (remark instanceof JsonString text) {
          remarks.add(text.getString());
        }
      }
    }
    return remarks;
  }

  static OrderFacts readOrder(JsonObject answer) {
    JsonObject order = JsonFields.object(answer, "order");
    return new OrderFacts(
        JsonFields.integer(order, "current_state"),
        dateTime(JsonFields.text(order, "date_add")),
        dateTime(JsonFields.text(order, "date_upd")));
  }

  /** The order states that mean cancelled, from {@code GET configurations?filter[name]=[...]}. */
  static Set<Integer> readCancelledStates(JsonObject answer) {
    Set<Integer> states = new HashSet<>();
    Set<String> found = new HashSet<>();
    for (JsonObject configuration : JsonFields.objects(answer, "configurations")) {
      Optional<String> name = JsonFields.optionalText(configuration, "name");
      if (name.isPresent() && CANCELLED_STATE_KEYS.contains(name.get())) {
        states.add(JsonFields.integer(configuration, "value"));
        found.add(name.get());
      }
    }
    if (!found.containsAll(CANCELLED_STATE_KEYS)) {
      throw new MalformedAnswerException("no value for " + CANCELLED_STATE_KEYS);
    }
    return states;
  }

  /**
   * Our view of a QloApps booking. The first room line gives the room type, the stay and the party
   * (bookings made through the concierge have one); the total is the whole order's, taxes included.
   */
  static PmsBooking toPmsBooking(
      QloAppsBooking booking,
      BookingStatus status,
      Instant createdAt,
      Instant updatedAt,
      String referencePrefix,
      QloAppsSettings settings) {
    RoomLine line = booking.lines().get(0);
    return new PmsBooking(
        QloAppsReferences.encode(referencePrefix, booking.id()),
        status,
        settings.roomTypeCode(line.roomTypeId()),
        null,
        new StayPeriod(line.checkIn(), line.checkOut()),
        line.rooms().isEmpty() ? new Party(1, 0) : line.rooms().get(0),
        guest(booking.customer()),
        Money.round(booking.totalWithTax(), booking.currency()),
        null,
        booking.currency(),
        conversationId(booking.remarks()),
        createdAt,
        updatedAt);
  }

  static Instant instant(LocalDateTime dateTime, ZoneId zone) {
    return dateTime == null ? null : dateTime.atZone(zone).toInstant();
  }

  private static GuestContact guest(Customer customer) {
    String name =
        customer.firstname().equals(customer.lastname())
            ? customer.firstname()
            : (customer.firstname() + " " + customer.lastname()).strip();
    // QloApps's data need not pass our checks (a phone typed freely in its back office): a contact
    // detail that does not is left out rather than failing the whole booking.
    String email = accepted(name, customer.email(), null) ? customer.email() : null;
    String phone = accepted(name, null, customer.phone()) ? customer.phone() : null;
    if (!accepted(name, email, phone)) {
      throw new MalformedAnswerException("a booking without a customer name");
    }
    return new GuestContact(name, email, phone);
  }

  private static boolean accepted(String name, String email, String phone) {
    try {
      new GuestContact(name, email, phone);
      return true;
    } catch (InvalidBookingRequestException e) {
      return false;
    }
  }

  private static String conversationId(List<String> remarks) {
    return remarks.stream()
        .filter(remark -> remark.startsWith(CONVERSATION_REMARK))
        .map(remark -> remark.substring(CONVERSATION_REMARK.length()).strip())
        .filter(id -> !id.isEmpty())
        .findFirst()
        .orElse(null);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text.strip().substring(0, 10));
  }

  private static LocalDateTime dateTime(String text) {
    String value = text.strip();
    return value.length() == 10
        ? LocalDate.parse(value).atStartOfDay()
        : LocalDateTime.parse(value.replace(' ', 'T'));
  }
}
